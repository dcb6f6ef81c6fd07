package studio.loqui.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * The one error shape of the contract: {@code error} + {@code message} for seed 001, {@code detail} for the
 * others; seed 004's synchronous generate adds {@code success} and {@code error_message} ({@link #asFailedResult}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(
        String error,
        String message,
        String detail,
        Map<String, String> details,
        @JsonProperty("retry_after") Long retryAfter,
        Boolean success,
        @JsonProperty("error_message") String errorMessage) {

    public static ErrorBody of(String error, String message, Map<String, String> details, Long retryAfter) {
        return new ErrorBody(error, message, message, details, retryAfter, null, null);
    }

    /** The same error, readable also as a failed result: {@code success: false} and the reason. */
    public ErrorBody asFailedResult() {
        return new ErrorBody(error, message, detail, details, retryAfter, false, message);
    }
}
