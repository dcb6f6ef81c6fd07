package studio.loqui.system.rest;

import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import studio.loqui.system.HealthReport;
import studio.loqui.system.RateBucket;
import studio.loqui.system.RateLimited;

import java.util.Map;

/**
 * Seed 004's {@code GET /api/v1/health}. A class of its own: a resource at {@code /} would lose
 * {@code /api/v1/...} paths to the resources mounted at {@code /api/v1}.
 */
@Path("/api/v1/health")
@Produces(MediaType.APPLICATION_JSON)
@RateLimited(RateBucket.NONE)
@Tag(name = "Health")
public class HealthV1Resource {

    private final HealthReport report;

    public HealthV1Resource(HealthReport report) {
        this.report = report;
    }

    @GET
    @NonBlocking
    @Operation(summary = "Seed 004 health: status, version, device (cpu or cuda), engines")
    public Uni<Map<String, Object>> health() {
        return report.body();
    }
}
