package studio.loqui.system.rest;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The OpenAPI document and Swagger UI live at {@code /openapi} and {@code /docs}; the contract also
 * promises Quarkus' usual {@code /q/openapi} and {@code /q/swagger-ui}, served here by internal rerouting.
 */
@ApplicationScoped
public class DocumentationAliases {

    private static final String SWAGGER_UI = "/q/swagger-ui";

    void register(@Observes Router router) {
        router.get("/q/openapi").handler(ctx -> reroute(ctx, "/openapi"));
        router.get("/q/swagger-ui*").handler(DocumentationAliases::swaggerUi);
    }

    /** The UI's pages load their assets relative to the folder, so the bare path goes to the folder first. */
    private static void swaggerUi(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.equals(SWAGGER_UI)) {
            ctx.redirect(SWAGGER_UI + "/");
        } else if (path.startsWith(SWAGGER_UI + "/")) {
            reroute(ctx, "/docs/" + path.substring(SWAGGER_UI.length() + 1));
        } else {
            ctx.next();
        }
    }

    private static void reroute(RoutingContext ctx, String path) {
        String query = ctx.request().query();
        ctx.reroute(query == null ? path : path + "?" + query);
    }
}
