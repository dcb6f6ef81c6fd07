package studio.loqui.library.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import studio.loqui.auth.CurrentUser;
import studio.loqui.library.LibraryItem;
import studio.loqui.library.LibraryService;
import studio.loqui.library.PitchContours;
import studio.loqui.storage.Asset;
import studio.loqui.storage.FileResponses;
import studio.loqui.system.Paging;
import studio.loqui.system.RequiredBody;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Seed 002: the library of samples and generated audio. */
@Path("/api/library")
@Authenticated
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Library")
public class LibraryResource {

    private final LibraryService library;
    private final PitchContours contours;
    private final CurrentUser caller;

    public LibraryResource(LibraryService library, PitchContours contours, CurrentUser caller) {
        this.library = library;
        this.contours = contours;
        this.caller = caller;
    }

    @GET
    @Path("all")
    @Operation(summary = "Samples and generated audio together")
    public Map<String, Object> all(@QueryParam("skip") Integer skip, @QueryParam("limit") Integer limit) {
        List<LibraryItem> items = library.all(caller.id());
        Map<String, Object> body = page(items, Paging.of(skip, limit));
        body.put("samples_count", items.stream().filter(i -> LibraryItem.SAMPLE.equals(i.itemType())).count());
        body.put("generated_count", items.stream().filter(i -> LibraryItem.GENERATED.equals(i.itemType())).count());
        return body;
    }

    @GET
    @Path("samples")
    @Operation(summary = "Samples only")
    public Map<String, Object> samples(@QueryParam("skip") Integer skip, @QueryParam("limit") Integer limit) {
        return page(library.samples(caller.id()), Paging.of(skip, limit));
    }

    @GET
    @Path("generated")
    @Operation(summary = "Generated audio only")
    public Map<String, Object> generated(@QueryParam("skip") Integer skip, @QueryParam("limit") Integer limit) {
        return page(library.generated(caller.id()), Paging.of(skip, limit));
    }

    @GET
    @Path("download/{item_type}/{item_id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an item's audio (HTTP range requests supported)")
    public Response download(@PathParam("item_type") String type, @PathParam("item_id") long id,
                             @HeaderParam("Range") String range) {
        Asset asset = library.file(caller.id(), type, id);
        return FileResponses.download(library.pathOf(asset), asset.mimeType, asset.name, range);
    }

    @GET
    @Path("pitch/{item_type}/{item_id}")
    @Operation(summary = "The pitch (F0) of an item's audio every hop_seconds, 0 where unvoiced, and its median")
    public PitchContours.Contour pitch(@PathParam("item_type") String type, @PathParam("item_id") long id) {
        return contours.of(caller.id(), type, id);
    }

    @DELETE
    @Path("{item_type}/{item_id}")
    @Operation(summary = "Delete a sample or a generated audio")
    public Map<String, String> delete(@PathParam("item_type") String type, @PathParam("item_id") long id) {
        library.delete(caller.id(), type, id);
        return Map.of("message", "Item deleted successfully");
    }

    @PATCH
    @Path("{item_type}/{item_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a sample or a generated audio")
    public LibraryItem rename(@PathParam("item_type") String type, @PathParam("item_id") long id,
                              @Valid @RequiredBody(message = LibraryRename.REQUIRED) LibraryRename request) {
        return library.rename(caller.id(), type, id, request.name().strip());
    }

    private static Map<String, Object> page(List<LibraryItem> items, Paging paging) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items.stream().skip(paging.skip()).limit(paging.limit()).toList());
        body.put("total", items.size());
        return body;
    }
}
