package studio.loqui.system;

import io.vertx.core.http.HttpServerRequest;

/** The address a request came from, as seen by this server (proxy headers are not trusted). */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
