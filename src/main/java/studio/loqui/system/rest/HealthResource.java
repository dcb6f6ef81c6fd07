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

/** {@code GET /health} (seed 000), with the media engines' state; {@link HealthV1Resource} serves seed 004. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
@RateLimited(RateBucket.NONE)
@Tag(name = "Health")
public class HealthResource {

    private final HealthReport report;

    public HealthResource(HealthReport report) {
        this.report = report;
    }

    @GET
    @NonBlocking
    @Operation(summary = "Is the server up, and which media engines are available")
    public Uni<Map<String, Object>> health() {
        return report.body();
    }
}
