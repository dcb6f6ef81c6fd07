package studio.loqui.system;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses a multipart request whose boundary breaks RFC 2046 (missing, empty, over 70 characters, or
 * of characters it does not allow) before its body is read: the parser would fail on it with an
 * exception of its own rather than a refusal.
 */
public class MultipartBoundaryFilter {

    private static final Pattern BOUNDARY = Pattern.compile("[0-9A-Za-z'()+_,\\-./:=? ]{0,69}[0-9A-Za-z'()+_,\\-./:=?]");

    private static final Pattern PARAMETER = Pattern.compile("(?i);\\s*boundary\\s*=\\s*(\"([^\"]*)\"|[^;\\s]*)");

    /** Reads the header itself: a malformed Content-Type must be refused here, not fail in a parser. */
    @ServerRequestFilter(preMatching = true)
    public Response checkBoundary(ContainerRequestContext request) {
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type == null || !type.strip().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return null;
        }
        Matcher parameter = PARAMETER.matcher(type);
        String boundary = !parameter.find() ? null : parameter.group(2) != null ? parameter.group(2) : parameter.group(1);
        if (boundary != null && BOUNDARY.matcher(boundary).matches()) {
            return null;
        }
        return ErrorMapper.respond(400, "validation_error", "A multipart body needs a boundary of 1 to 70 letters,"
                + " digits or '()+_,-./:=? in its Content-Type (multipart/form-data; boundary=...)", null, null);
    }
}
