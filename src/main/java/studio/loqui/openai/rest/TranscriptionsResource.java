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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import studio.loqui.openai.OpenAiModels;
import studio.loqui.openai.OpenAiTranscriber;
import studio.loqui.openai.TranscriptionFormat;
import studio.loqui.system.ApiException;
import studio.loqui.system.RateBucket;
import studio.loqui.system.RateLimited;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** OpenAI's {@code POST /v1/audio/transcriptions}. */
@Path("/v1/audio/transcriptions")
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "OpenAI-compatible")
public class TranscriptionsResource {

    private static final Set<String> GRANULARITIES = Set.of("word", "segment");

    private final OpenAiTranscriber transcriber;

    public TranscriptionsResource(OpenAiTranscriber transcriber) {
        this.transcriber = transcriber;
    }

    /** {@code prompt} and {@code temperature} are accepted and not used: the recogniser here takes neither. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, "text/vtt", "application/x-subrip"})
    @RateLimited(RateBucket.PROCESSING)
    @Operation(summary = "Transcribe an audio or video file: response_format json, text, srt, verbose_json or vtt; "
            + "timestamp_granularities[] word and segment")
    public Response transcribe(@RestForm FileUpload file, @RestForm String model, @RestForm String language,
                               @RestForm String prompt, @RestForm("response_format") String responseFormat,
                               @RestForm String temperature,
                               @RestForm("timestamp_granularities[]") List<String> granularities,
                               @RestForm("timestamp_granularities") List<String> granularitiesUnbracketed) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.invalidField("file", "An audio file is required (multipart field 'file')");
        }
        OpenAiModels.check(model);
        TranscriptionFormat format = TranscriptionFormat.parse(responseFormat);
        Set<String> asked = granularities(granularities, granularitiesUnbracketed);
        OpenAiTranscriber.Heard heard = transcriber.transcribe(file.uploadedFile(), file.size(), language);
        return Response.ok(format.render(heard, asked), format.mediaType()).build();
    }

    private static Set<String> granularities(List<String> bracketed, List<String> plain) {
        List<String> all = new ArrayList<>();
        if (bracketed != null) {
            all.addAll(bracketed);
        }
        if (plain != null) {
            all.addAll(plain);
        }
        Set<String> asked = new TreeSet<>();
        for (String value : all) {
            for (String part : value.split(",")) {
                String g = part.strip().toLowerCase(Locale.ROOT);
                if (g.isEmpty()) {
                    continue;
                }
                if (!GRANULARITIES.contains(g)) {
                    throw ApiException.invalidField("timestamp_granularities", "must be word or segment");
                }
                asked.add(g);
            }
        }
        return asked;
    }
}
