package studio.loqui.system;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** {@code /q/health/ready} lists the media engines; a missing optional engine does not make the server unready. */
@Readiness
@ApplicationScoped
public class EngineHealthCheck implements HealthCheck {

    private final EngineStatus engines;

    public EngineHealthCheck(EngineStatus engines) {
        this.engines = engines;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("media-engines").up();
        builder.withData("device", engines.device());
        engines.report().forEach((name, state) ->
                builder.withData(name, (boolean) state.get("available") ? "available" : "missing: " + state.get("detail")));
        return builder.build();
    }
}
