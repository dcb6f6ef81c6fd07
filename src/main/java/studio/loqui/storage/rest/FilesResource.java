package studio.loqui.storage.rest;

import io.quarkus.security.Authenticated;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import studio.loqui.auth.CurrentUser;
import studio.loqui.media.inspect.MediaKind;
import studio.loqui.storage.Asset;
import studio.loqui.storage.AssetArea;
import studio.loqui.storage.AssetService;
import studio.loqui.storage.FileNames;
import studio.loqui.storage.FileResponses;
import studio.loqui.storage.Uploads;
import studio.loqui.system.ApiException;
import studio.loqui.system.RateBucket;
import studio.loqui.system.RateLimited;

import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Pattern;

/** Seed 001 files: uploads by UUID, measured on arrival. */
@Path("/api/v1/files")
@Authenticated
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Files")
public class FilesResource {

    private static final Pattern UUID = Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    private final AssetService assets;
    private final CurrentUser caller;

    public FilesResource(AssetService assets, CurrentUser caller) {
        this.assets = assets;
        this.caller = caller;
    }

    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RateLimited(RateBucket.UPLOAD)
    @Operation(summary = "Upload a video (or audio or image) for processing")
    public Response upload(@RestForm("file") FileUpload file, @RestForm("project_name") String projectName) {
        Uploads.require(file, "file");
        if (projectName != null && projectName.length() > 255) {
            throw ApiException.invalidField("project_name", "At most 255 characters");
        }
        Asset asset = assets.store(new AssetService.Incoming(caller.id(), AssetArea.FILES, file.uploadedFile(),
                FileNames.sanitize(file.fileName(), "bin"), projectName), EnumSet.allOf(MediaKind.class));
        return Response.status(201).entity(FileView.of(asset)).build();
    }

    @GET
    @Path("{file_id}")
    @Operation(summary = "File information, measured from the file, and its download URL")
    public FileView get(@PathParam("file_id") String fileId) {
        return FileView.of(owned(fileId));
    }

    @GET
    @Path("{file_id}/download")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download the file (HTTP range requests supported)")
    public Response download(@PathParam("file_id") String fileId, @HeaderParam("Range") String range) {
        Asset asset = owned(fileId);
        return FileResponses.download(assets.pathOf(asset), asset.mimeType, asset.name, range);
    }

    @DELETE
    @Path("{file_id}")
    @Operation(summary = "Delete an uploaded file")
    public Map<String, String> delete(@PathParam("file_id") String fileId) {
        assets.delete(owned(fileId));
        return Map.of("message", "File deleted successfully", "file_id", fileId);
    }

    private Asset owned(String fileId) {
        if (fileId == null || !UUID.matcher(fileId).matches()) {
            throw ApiException.notFound("File " + fileId + " not found");
        }
        return assets.requireOwned(caller.id(), fileId, "File");
    }
}
