package studio.loqui.system;

import org.hibernate.StaleStateException;
import jakarta.persistence.OptimisticLockException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;
import studio.loqui.media.EngineFailed;
import studio.loqui.media.EngineUnavailable;
import studio.loqui.media.MediaInputRejected;

import java.io.IOException;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The single place where exceptions become the contract's JSON error shape. */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);
    private static final String VALIDATION_ERROR = "validation_error";
    private static final String MULTIPART_PARSER = "org.jboss.resteasy.reactive.server.core.multipart.";
    private static final String MALFORMED_MULTIPART = "The multipart body is malformed: parts must be separated by the"
            + " boundary that Content-Type declares, each part's headers must read 'Name: value' and end in CRLF,"
            + " and the body must end with the closing boundary";
    private static final Pattern NOT_A_NUMBER = Pattern.compile("For input string: \"(.*)\"");

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return respond(e.status(), e.code(), e.getMessage(), e.details(), e.retryAfterSeconds());
    }

    /** Media's refusals keep the statuses the API gave them: 400, 413 for size, 422 for unusable content. */
    @ServerExceptionMapper
    public Response inputRejected(MediaInputRejected e) {
        return switch (e.problem()) {
            case INVALID -> respond(400, VALIDATION_ERROR, e.getMessage(), null, null);
            case TOO_LARGE -> respond(413, "payload_too_large", e.getMessage(), null, null);
            case UNPROCESSABLE -> respond(422, VALIDATION_ERROR, e.getMessage(), null, null);
        };
    }

    @ServerExceptionMapper
    public Response engineUnavailable(EngineUnavailable e) {
        return respond(503, "engine_unavailable", e.getMessage(), null, null);
    }

    @ServerExceptionMapper
    public Response engineFailed(EngineFailed e) {
        LOG.warn("Media engine failed", e);
        return respond(500, "engine_failed", e.getMessage(), null, null);
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthorized(RuntimeException e) {
        return respond(401, "unauthorized", "Invalid or expired token", null, null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, "forbidden", "Not allowed", null, null);
    }

    /**
     * Bean Validation on request records. The message names the field as the request spells it
     * ({@code text_content}, not {@code textContent}); a constraint on the body itself ({@link RequiredBody}:
     * none was sent) speaks for the whole request. A constraint with the {@link Unprocessable} payload
     * answers 422, as seed 004 does.
     */
    @ServerExceptionMapper({ConstraintViolationException.class, ResteasyReactiveViolationException.class})
    public Response validation(ConstraintViolationException e) {
        ConstraintViolation<?> first = e.getConstraintViolations().stream()
                .min(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
                .orElseThrow();
        int status = first.getConstraintDescriptor().getPayload().contains(Unprocessable.class) ? 422 : 400;
        String field = RequestFields.jsonPath(first.getPropertyPath());
        if (field == null || first.getConstraintDescriptor().getAnnotation() instanceof RequiredBody) {
            return respond(status, VALIDATION_ERROR, first.getMessage(), null, null);
        }
        return respond(status, VALIDATION_ERROR, field + ": " + first.getMessage(),
                Map.of("field", field, "issue", first.getMessage()), null);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String at = where == null || where.getLineNr() < 1 ? ""
                : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
        return respond(400, "validation_error", "Request body is not valid JSON for this endpoint" + at, null, null);
    }

    /** The JSON error a body reader wrapped in its 400, if that is what went wrong. */
    private static Throwable jsonProblem(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException) {
                return cause;
            }
        }
        return null;
    }

    /** A value of the wrong JSON type (Quarkus would answer these with an empty 400). */
    @ServerExceptionMapper
    public Response wrongJsonType(MismatchedInputException e) {
        String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                : "[" + r.getIndex() + "]").collect(Collectors.joining("."));
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        if (field.isEmpty()) {
            return respond(400, "validation_error", "Request body is not the JSON this endpoint takes", null, null);
        }
        String issue = "must be " + expected;
        return respond(400, "validation_error", field + ": " + issue, Map.of("field", field, "issue", issue), null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status == 404 && e.getCause() instanceof IllegalArgumentException) {
            // JAX-RS answers 404 when a query or path parameter does not convert; it is the request that is wrong
            return respond(400, "validation_error", "Invalid parameter: " + unconverted(e.getCause()), null, null);
        }
        if (status == 400 && jsonProblem(e) instanceof JsonProcessingException json) {
            return json instanceof MismatchedInputException mismatch ? wrongJsonType(mismatch) : unreadableJson(json);
        }
        if (status == 415) {
            return respond(415, "unsupported_media_type", "This endpoint does not take a body of type "
                    + printable(String.valueOf(headers.getMediaType())) + "; see /docs for the one it takes", null, null);
        }
        return switch (status) {
            case 404 -> respond(404, "not_found", "Resource not found", null, null);
            case 401 -> respond(401, "unauthorized", "Invalid or expired token", null, null);
            case 403 -> respond(403, "forbidden", "Not allowed", null, null);
            case 405 -> respond(405, "method_not_allowed", "Method not allowed", null, null);
            case 406 -> respond(406, "not_acceptable", "Not acceptable", null, null);
            case 413 -> respond(413, "payload_too_large", "Request body too large", null, null);
            case 415 -> respond(415, "unsupported_media_type", "Unsupported content type", null, null);
            default -> status >= 500
                    ? internal(e)
                    : respond(status, "validation_error", "Invalid request: " + safeMessage(e), null, null);
        };
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        if (fromMultipartParser(e)) {
            return respond(400, VALIDATION_ERROR, MALFORMED_MULTIPART, null, null);
        }
        if (causedBy(e, OptimisticLockException.class) || causedBy(e, StaleStateException.class)) {
            // two requests changed (or deleted) the same row at once; this one lost
            return respond(409, "conflict", "Another request changed or deleted this at the same moment;"
                    + " read it again before retrying", null, null);
        }
        if (causedBy(e, org.hibernate.exception.DataException.class)) {
            // the database refused a value the request carried: a NUL character (PostgreSQL), one too long
            return respond(400, VALIDATION_ERROR, "A value in the request cannot be stored or looked up: it holds a"
                    + " NUL character or is longer than the field allows", null, null);
        }
        return internal(e);
    }

    /**
     * The multipart parser refuses a body that breaks the format with a {@code MalformedMessageException},
     * or with an {@code IOException} of its own when the body ends before its closing boundary; both are
     * the client's fault. An I/O error raised below the parser (a full disk) is not.
     */
    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fromMultipartParser(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            StackTraceElement[] frames = t.getStackTrace();
            boolean raisedByParser = frames.length > 0 && frames[0].getClassName().startsWith(MULTIPART_PARSER);
            if (t instanceof MultipartParser.MalformedMessageException || t instanceof IOException && raisedByParser) {
                return true;
            }
        }
        return false;
    }

    private Response internal(Throwable e) {
        LOG.error("Unexpected error", e);
        return respond(500, "internal_error", "An unexpected error occurred", null, null);
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    /** {@code For input string: "abc"} becomes {@code 'abc' is not a whole number}. */
    private static String unconverted(Throwable cause) {
        Matcher input = NOT_A_NUMBER.matcher(String.valueOf(cause.getMessage()));
        if (cause instanceof NumberFormatException && input.find()) {
            return "'" + printable(input.group(1)) + "' is not a whole number";
        }
        return safeMessage(cause);
    }

    private static String printable(String text) {
        String visible = text.replaceAll("[^\\x20-\\x7e]", "?");
        return visible.length() > 100 ? visible.substring(0, 100) + "..." : visible;
    }

    private static String safeMessage(Throwable e) {
        String message = e.getMessage();
        return message == null ? "bad request" : message.replaceAll("[\\r\\n]", " ");
    }

    static Response respond(int status, String code, String message, Map<String, String> details, Long retryAfter) {
        if (details == null && VALIDATION_ERROR.equals(code)) {
            // the contract gives every validation error details; without one field to blame, the request is
            details = Map.of("field", "request", "issue", message);
        }
        Response.ResponseBuilder builder = Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(code, message, details, retryAfter));
        if (retryAfter != null) {
            builder.header("Retry-After", retryAfter);
        }
        return builder.build();
    }
}
