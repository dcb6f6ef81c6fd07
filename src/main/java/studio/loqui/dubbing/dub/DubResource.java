package studio.loqui.dubbing.dub;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import studio.loqui.media.asr.SubtitleFormat;
import studio.loqui.system.ApiException;
import java.util.Locale;
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
import studio.loqui.dubbing.dub.DubService;
import studio.loqui.jobs.JobOptions;
import studio.loqui.jobs.rest.JobResponses;
import studio.loqui.system.RateBucket;
import studio.loqui.system.RateLimited;
import studio.loqui.system.RequiredBody;

/** {@code POST /api/v1/process/dub}: the seed-001 steps (transcribe, translate, clone, generate-video) as one job. */
@Path("/api/v1/process")
@Tag(name = "Processing jobs")
@Authenticated
@SecurityRequirement(name = "bearer")
public class DubResource {

    private final DubService dubbing;
    private final CurrentUser caller;

    public DubResource(DubService dubbing, CurrentUser caller) {
        this.dubbing = dubbing;
        this.caller = caller;
    }

    @POST
    @Path("dub")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RateLimited(RateBucket.PROCESSING)
    @Operation(summary = "Dub a video into target_language in its speaker's own voice, as a job")
    public Response dub(@Valid @RequiredBody(message = DubRequest.REQUIRED) DubRequest request,
                        @HeaderParam(JobResponses.IDEMPOTENCY_KEY) String key) {
        return JobResponses.accepted(dubbing.submit(caller.id(), new DubService.Request(request.videoFileId(),
                request.sourceLanguage(), request.targetLanguage(), request.voiceProfileId(), request.outputFormat(),
                request.quality(), request.transcript(), request.speakerVoices(), request.lipSync(),
                request.burnCaptions(), request.slowPicture()), new JobOptions(key, request.webhookUrl(), request.metadata())));
    }

    @GET
    @Path("dub/{job_id}/subtitles")
    @Produces({"application/x-subrip", "text/vtt"})
    @Operation(summary = "Subtitles of a finished dub: language=target (default) or source, format=srt (default) or vtt")
    public Response subtitles(@RestPath("job_id") String jobId, @RestQuery String language, @RestQuery String format) {
        String side = language == null ? "target" : language.strip().toLowerCase(Locale.ROOT);
        if (!side.equals("target") && !side.equals("source")) {
            throw ApiException.invalidField("language", "must be target or source");
        }
        String wanted = format == null ? "srt" : format.strip().toLowerCase(Locale.ROOT);
        SubtitleFormat subtitles = switch (wanted) {
            case "srt" -> SubtitleFormat.SRT;
            case "vtt" -> SubtitleFormat.VTT;
            default -> throw ApiException.invalidField("format", "must be srt or vtt");
        };
        return Response.ok(dubbing.subtitles(caller.id(), jobId, side, subtitles),
                subtitles == SubtitleFormat.SRT ? "application/x-subrip" : "text/vtt").build();
    }
}
