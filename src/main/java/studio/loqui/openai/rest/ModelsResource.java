package studio.loqui.openai.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import studio.loqui.openai.OpenAiModels;
import studio.loqui.system.ApiException;

/** OpenAI's {@code GET /v1/models}: the model names the speech and transcription endpoints answer to. */
@Path("/v1/models")
@Authenticated
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "OpenAI-compatible")
public class ModelsResource {

    private final OpenAiModels models;

    public ModelsResource(OpenAiModels models) {
        this.models = models;
    }

    @GET
    @Operation(summary = "The speech and transcription model names this server answers to")
    public OpenAiModels.ModelList list() {
        return models.all();
    }

    @GET
    @Path("{model}")
    @Operation(summary = "One model")
    public OpenAiModels.Model get(@PathParam("model") String model) {
        return models.find(model).orElseThrow(() -> ApiException.notFound("Model " + model + " not found"));
    }
}
