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
import java.util.List;
import java.util.Map;

/** Seed 000 storage: the caller's files by name. */
@Path("/api/storage")
@Authenticated
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Storage")
public class StorageResource {

    private final AssetService assets;
    private final CurrentUser caller;

    public StorageResource(AssetService assets, CurrentUser caller) {
        this.assets = assets;
        this.caller = caller;
    }

    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RateLimited(RateBucket.UPLOAD)
    @Operation(summary = "Upload a media file (audio, video or image); the same name replaces the file")
    public StoredFileView upload(@RestForm("file") FileUpload file) {
        Uploads.require(file, "file");
        String name = FileNames.sanitize(file.fileName(), "bin");
        Asset asset = assets.store(new AssetService.Incoming(caller.id(), AssetArea.STORAGE, file.uploadedFile(), name,
                null), EnumSet.allOf(MediaKind.class));
        return StoredFileView.of(asset, "File uploaded successfully");
    }

    @GET
    @Path("download/{filename}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file by name (HTTP range requests supported)")
    public Response download(@PathParam("filename") String filename, @HeaderParam("Range") String range) {
        Asset asset = owned(filename);
        return FileResponses.download(assets.pathOf(asset), asset.mimeType, asset.name, range);
    }

    @GET
    @Path("files")
    @Operation(summary = "List the caller's files")
    public Map<String, Object> list() {
        List<StoredFileView> files = Asset.listOwned(caller.id(), AssetArea.STORAGE).stream()
                .map(a -> StoredFileView.of(a, null)).toList();
        return Map.of("files", files, "total", files.size());
    }

    @DELETE
    @Path("files/{filename}")
    @Operation(summary = "Delete a file by name")
    public Map<String, String> delete(@PathParam("filename") String filename) {
        assets.delete(owned(filename));
        return Map.of("message", "File " + filename + " deleted successfully");
    }

    private Asset owned(String filename) {
        String name = FileNames.requireSafe(filename);
        return Asset.findByName(caller.id(), AssetArea.STORAGE, name)
                .orElseThrow(() -> ApiException.notFound("File " + name + " not found"));
    }
}
