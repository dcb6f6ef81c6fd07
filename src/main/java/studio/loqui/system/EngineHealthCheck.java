package studio.loqui.system;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** {@code /q/health/ready} lists the media engines; a missing optional engine does not make the server unready. */
@Readiness
@ApplicationScoped
public class EngineHealthCheck implements AsyncHealthCheck {

    private final EngineStatus engines;

    public EngineHealthCheck(EngineStatus engines) {
        this.engines = engines;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().completionStage(engines.report()).map(report -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("media-engines").up();
            builder.withData("device", engines.device());
            report.forEach((name, state) -> builder.withData(name,
                    (boolean) state.get("available") ? "available" : "missing: " + state.get("detail")));
            return builder.build();
        });
    }
}
