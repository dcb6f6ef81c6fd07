package studio.loqui.system;

import java.util.Map;

/** An error a resource throws; {@link ErrorMapper} turns it into the contract's error shape. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> details;
    private final Long retryAfterSeconds;

    public ApiException(int status, String code, String message, Map<String, String> details, Long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "validation_error", message, null, null);
    }

    public static ApiException invalidField(String field, String issue) {
        return new ApiException(400, "validation_error", field + ": " + issue, Map.of("field", field, "issue", issue), null);
    }

    public static ApiException unprocessable(String message) {
        return new ApiException(422, "validation_error", message, null, null);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message, null, null);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message, null, null);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message, null, null);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, "conflict", message, null, null);
    }

    public static ApiException tooLarge(String message) {
        return new ApiException(413, "payload_too_large", message, null, null);
    }

    public static ApiException unsupportedMedia(String message) {
        return new ApiException(415, "unsupported_media_type", message, null, null);
    }

    public static ApiException tooManyRequests(long retryAfterSeconds) {
        return new ApiException(429, "rate_limit_exceeded", "Too many requests, please try again later", null,
                retryAfterSeconds);
    }

    public static ApiException busy(String message, long retryAfterSeconds) {
        return new ApiException(503, "queue_full", message, null, retryAfterSeconds);
    }

    public static ApiException unavailable(String message) {
        return new ApiException(503, "engine_unavailable", message, null, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, String> details() {
        return details;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
