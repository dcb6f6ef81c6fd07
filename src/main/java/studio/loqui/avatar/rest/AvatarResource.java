package studio.loqui.avatar.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import studio.loqui.avatar.AvatarCaller;
import studio.loqui.avatar.AvatarFiles;
import studio.loqui.avatar.AvatarRequest;
import studio.loqui.avatar.AvatarService;
import studio.loqui.jobs.JobOptions;
import studio.loqui.jobs.JobStatus;
import studio.loqui.jobs.JobSubmission;
import studio.loqui.jobs.JobView;
import studio.loqui.jobs.rest.JobResponses;
import studio.loqui.media.inspect.MediaKind;
import studio.loqui.storage.Asset;
import studio.loqui.storage.FileResponses;
import studio.loqui.storage.Uploads;
import studio.loqui.system.ApiException;
import studio.loqui.system.RateBucket;
import studio.loqui.system.RateLimited;
import studio.loqui.system.RequiredBody;
import studio.loqui.system.Unprocessable;

import java.util.LinkedHashMap;
import java.util.Map;

/** Seed 004: one photo and one voice become a lip-synced video. Authentication optional (API key when set). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Talking avatar")
public class AvatarResource {

    private final AvatarService avatars;
    private final AvatarFiles files;
    private final AvatarCaller caller;

    public AvatarResource(AvatarService avatars, AvatarFiles files, AvatarCaller caller) {
        this.avatars = avatars;
        this.files = files;
        this.caller = caller;
    }

    @POST
    @Path("upload/image")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RateLimited(RateBucket.UPLOAD)
    @Operation(summary = "Upload a portrait (PNG, JPEG or WebP); answers its opaque filename")
    public Map<String, String> uploadImage(@RestForm("file") FileUpload file) {
        Long owner = caller.requireAccess();
        Uploads.require(file, "file");
        Asset image = files.upload(owner, file.uploadedFile(), MediaKind.IMAGE);
        return Map.of("filename", image.name, "message", "Image uploaded successfully");
    }

    @POST
    @Path("upload/audio")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RateLimited(RateBucket.UPLOAD)
    @Operation(summary = "Upload speech (WAV, MP3, OGG, FLAC, M4A, WebM); answers its opaque filename")
    public Map<String, String> uploadAudio(@RestForm("file") FileUpload file) {
        Long owner = caller.requireAccess();
        Uploads.require(file, "file");
        Asset audio = files.upload(owner, file.uploadedFile(), MediaKind.AUDIO);
        return Map.of("filename", audio.name, "message", "Audio uploaded successfully");
    }

    @POST
    @Path("generate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateBucket.PROCESSING)
    @Operation(summary = "Render the talking avatar and answer when the video is ready")
    public Map<String, Object> generate(@Valid @RequiredBody(message = AvatarRequest.REQUIRED, payload = Unprocessable.class)
                                        AvatarRequest request, @HeaderParam(JobResponses.IDEMPOTENCY_KEY) String key) {
        Long owner = caller.requireAccess();
        JobSubmission submission = avatars.submit(owner, request, new JobOptions(key, null, null));
        JobView job = avatars.await(owner, submission.job().jobId());
        if (job.status() != JobStatus.COMPLETED) {
            throw ApiException.badRequest("Generation failed: " + (job.error() == null ? job.status().wire() : job.error()));
        }
        return resultOf(job);
    }

    @POST
    @Path("generate/async")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateBucket.PROCESSING)
    @Operation(summary = "Start a render; follow it at /api/v1/status/{job_id}")
    public Map<String, Object> generateAsync(
            @Valid @RequiredBody(message = AvatarRequest.REQUIRED, payload = Unprocessable.class) AvatarRequest request,
                                             @HeaderParam(JobResponses.IDEMPOTENCY_KEY) String key) {
        Long owner = caller.requireAccess();
        return statusOf(avatars.submit(owner, request, new JobOptions(key, null, null)).job());
    }

    @GET
    @Path("status/{job_id}")
    @Operation(summary = "Status of a render: pending, processing, completed (with result) or failed")
    public Map<String, Object> status(@PathParam("job_id") String jobId) {
        Long owner = caller.requireAccess();
        return statusOf(avatars.status(owner, AvatarService.engineJobId(jobId))
                .filter(j -> j.kind().equals(studio.loqui.avatar.AvatarHandler.KIND))
                .orElseThrow(() -> ApiException.notFound("Job not found: " + jobId)));
    }

    @POST
    @Path("cancel/{job_id}")
    @Operation(summary = "Cancel a render that has not ended: a waiting one at once, a running one at its next frame;"
            + " its status then reads failed with error_message Cancelled")
    public Map<String, Object> cancel(@PathParam("job_id") String jobId) {
        Long owner = caller.requireAccess();
        return statusOf(avatars.cancel(owner, AvatarService.engineJobId(jobId)));
    }

    @GET
    @Path("download/{filename}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a video (or an upload); HTTP range requests supported")
    public Response download(@PathParam("filename") String filename, @HeaderParam("Range") String range) {
        Asset asset = files.require(caller.requireAccess(), filename, "File");
        return FileResponses.download(files.pathOf(asset), asset.mimeType, asset.name, range);
    }

    @DELETE
    @Path("cleanup/{filename}")
    @Operation(summary = "Delete an uploaded or generated file")
    public Map<String, String> cleanup(@PathParam("filename") String filename) {
        Asset asset = files.require(caller.requireAccess(), filename, "File");
        files.delete(asset);
        return Map.of("message", "File " + filename + " deleted successfully");
    }

    private static Map<String, Object> statusOf(JobView job) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("job_id", AvatarService.publicJobId(job));
        body.put("status", job.status() == JobStatus.CANCELLED ? "failed" : job.status().wire());
        body.put("progress", job.progress());
        body.put("result", job.status() == JobStatus.COMPLETED ? resultOf(job)
                : job.finished() ? failure(job) : null);
        return body;
    }

    private static Map<String, Object> resultOf(JobView job) {
        Map<String, Object> result = new LinkedHashMap<>();
        JsonNode data = job.result();
        data.fields().forEachRemaining(e -> result.put(e.getKey(), plain(e.getValue())));
        result.remove("result_url");
        return result;
    }

    private static Map<String, Object> failure(JobView job) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("success", false);
        result.put("video_url", null);
        result.put("video_filename", null);
        result.put("duration", null);
        result.put("frames_generated", null);
        result.put("error_message", job.status() == JobStatus.CANCELLED ? "Cancelled"
                : job.error() == null ? job.status().wire() : job.error());
        return result;
    }

    private static Object plain(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        return value.isBoolean() ? value.booleanValue() : value.asText();
    }
}
