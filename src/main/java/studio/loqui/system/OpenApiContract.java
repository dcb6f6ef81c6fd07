package studio.loqui.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.TreeMap;

/**
 * Makes the OpenAPI document say what the server does where signatures cannot tell: the success status of an
 * operation that builds its own response (201, 202, 204), an example of each request body and of a query
 * parameter the operation needs, all from the
 * table {@code openapi/contract.json}. Registered as {@code mp.openapi.filter}.
 */
public class OpenApiContract implements OASFilter {

    static final String TABLE = "openapi/contract.json";

    private final JsonNode table = readTable();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) ->
                item.getOperations().forEach((method, operation) -> apply(method + " " + path, operation)));
    }

    private void apply(String key, Operation operation) {
        JsonNode entry = table.get(key);
        if (entry == null) {
            return;
        }
        if (entry.has("status")) {
            answer(operation.getResponses(), entry.get("status").asText());
        }
        if (entry.has("query") && operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                JsonNode example = entry.get("query").get(parameter.getName());
                if (parameter.getIn() == Parameter.In.QUERY && example != null) {
                    parameter.setExample(example.asText());
                }
            }
        }
        if (entry.has("example") && operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            Object example = new ObjectMapper().convertValue(entry.get("example"), Object.class);
            for (MediaType media : operation.getRequestBody().getContent().getMediaTypes().values()) {
                media.setExample(example);
            }
        }
    }

    /** Moves the documented 200 to the status the server really answers; a 204 has no body. */
    private static void answer(APIResponses responses, String status) {
        APIResponse ok = responses.getAPIResponse("200");
        if (ok == null || status.equals("200")) {
            return;
        }
        responses.removeAPIResponse("200");
        if (status.equals("204")) {
            ok.setContent(null);
            ok.setDescription("No content");
        }
        responses.addAPIResponse(status, ok);
        responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
    }

    private static JsonNode readTable() {
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is missing from the classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
