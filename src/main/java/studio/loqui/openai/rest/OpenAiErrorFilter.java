package studio.loqui.openai.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import studio.loqui.system.ErrorBody;

/**
 * Errors under {@code /v1/} leave in OpenAI's shape, so its clients read them; every other path keeps the
 * project's. The error itself is still made by the one mapper; only its shape is changed here.
 */
public class OpenAiErrorFilter {

    static final String PREFIX = "/v1/";

    @ServerResponseFilter
    public void reshape(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof ErrorBody body && request.getUriInfo().getPath().startsWith(PREFIX)) {
            response.setEntity(OpenAiError.of(response.getStatus(), body));
        }
    }
}
