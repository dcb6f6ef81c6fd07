package studio.loqui.voice.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import studio.loqui.auth.CurrentUser;
import studio.loqui.jobs.JobOptions;
import studio.loqui.jobs.rest.JobResponses;
import studio.loqui.system.RateBucket;
import studio.loqui.system.RateLimited;
import studio.loqui.system.RequiredBody;
import studio.loqui.voice.VoiceProfileService;

/** Seed 001: {@code POST /api/v1/process/clone-voice}. */
@Path("/api/v1/process")
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Processing jobs")
public class CloneVoiceResource {

    private final VoiceProfileService profiles;
    private final CurrentUser caller;

    public CloneVoiceResource(VoiceProfileService profiles, CurrentUser caller) {
        this.profiles = profiles;
        this.caller = caller;
    }

    @POST
    @Path("clone-voice")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RateLimited(RateBucket.PROCESSING)
    @Operation(summary = "Speak text_content in target_language with a voice profile, or the voice of audio_file_id's speaker, as a job")
    public Response cloneVoice(@Valid @RequiredBody(message = CloneVoiceRequest.REQUIRED) CloneVoiceRequest request,
                               @HeaderParam(JobResponses.IDEMPOTENCY_KEY) String key) {
        return JobResponses.accepted(profiles.cloneVoice(caller.id(), request.voiceProfileId(), request.audioFileId(),
                request.textContent(), request.targetLanguage(), request.format(),
                new JobOptions(key, request.webhookUrl(), request.metadata())));
    }
}
