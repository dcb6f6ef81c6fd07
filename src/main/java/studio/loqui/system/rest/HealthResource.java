package studio.loqui.system.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import studio.loqui.system.EngineStatus;
import studio.loqui.system.RateBucket;
import studio.loqui.system.RateLimited;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /health} (seed 000) and {@code GET /api/v1/health} (seed 004), with the media engines' state. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RateLimited(RateBucket.NONE)
@Tag(name = "Health")
public class HealthResource {

    static final String VERSION = "1.0.0";

    private final EngineStatus engines;

    public HealthResource(EngineStatus engines) {
        this.engines = engines;
    }

    @GET
    @Path("health")
    @Operation(summary = "Is the server up, and which media engines are available")
    public Map<String, Object> health() {
        return body();
    }

    @GET
    @Path("api/v1/health")
    @Operation(summary = "Seed 004 health: status, version, device (cpu or cuda), engines")
    public Map<String, Object> healthV1() {
        return body();
    }

    private Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "healthy");
        body.put("version", VERSION);
        body.put("device", engines.device());
        body.put("engines", engines.report());
        return body;
    }
}
