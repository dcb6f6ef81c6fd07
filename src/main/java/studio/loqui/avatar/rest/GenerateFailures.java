package studio.loqui.avatar.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import studio.loqui.system.ErrorBody;

import java.util.regex.Pattern;

/**
 * Seed 004's client reads {@code resp.json()["success"]} from {@code POST /api/v1/generate} whatever the
 * status, so every error answer of that route also carries {@code success: false} and {@code error_message}.
 */
public class GenerateFailures {

    private static final Pattern SYNC_GENERATE = Pattern.compile("/?api/v1/generate/?");

    @ServerResponseFilter
    public void markFailed(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 && response.getEntity() instanceof ErrorBody body
                && "POST".equals(request.getMethod())
                && SYNC_GENERATE.matcher(request.getUriInfo().getPath()).matches()) {
            response.setEntity(body.asFailedResult());
        }
    }
}
