package studio.loqui.openai.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import studio.loqui.auth.CurrentUser;
import studio.loqui.openai.OpenAiModels;
import studio.loqui.openai.OpenAiSpeech;
import studio.loqui.openai.SpeechFormat;
import studio.loqui.system.ApiException;
import studio.loqui.system.RateBucket;
import studio.loqui.system.RateLimited;

import java.util.Locale;

/** OpenAI's {@code POST /v1/audio/speech}. */
@Path("/v1/audio/speech")
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "OpenAI-compatible")
public class SpeechResource {

    private final OpenAiSpeech speech;
    private final CurrentUser caller;

    public SpeechResource(OpenAiSpeech speech, CurrentUser caller) {
        this.speech = speech;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    // the official clients ask for application/octet-stream; the answer names its own audio type
    @Produces({"audio/mpeg", "audio/ogg", "audio/aac", "audio/flac", "audio/wav", "audio/pcm",
            MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @RateLimited(RateBucket.PROCESSING)
    @Operation(summary = "Speak the input in a voice (yours by id or name, a stock voice, or an OpenAI voice name); "
            + "X-Speaker-Similarity and X-Word-Error-Rate report the output check")
    public Response speak(SpeechRequest request) {
        if (request == null) {
            throw ApiException.badRequest("A JSON body with model, input and voice is required");
        }
        OpenAiModels.check(request.model());
        OpenAiSpeech.Spoken spoken = speech.speak(caller.id(), new OpenAiSpeech.Order(request.input(),
                request.voiceName(), SpeechFormat.parse(request.responseFormat()), request.speed(),
                request.language()));
        Response.ResponseBuilder response = Response.ok(spoken.audio()).type(spoken.format().mediaType());
        if (spoken.speech().similarity() != null) {
            response.header("X-Speaker-Similarity", String.format(Locale.ROOT, "%.3f", spoken.speech().similarity()));
        }
        if (spoken.speech().wordErrorRate() != null) {
            response.header("X-Word-Error-Rate", String.format(Locale.ROOT, "%.3f", spoken.speech().wordErrorRate()));
        }
        return response.build();
    }
}
