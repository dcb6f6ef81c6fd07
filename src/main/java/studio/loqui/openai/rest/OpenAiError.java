package studio.loqui.openai.rest;

import studio.loqui.system.ErrorBody;

/**
 * OpenAI's error shape, {@code {"error": {"message", "type", "param", "code"}}}, made from the project's
 * {@link ErrorBody}: {@code param} is the field to blame, {@code code} the project's error code.
 */
public record OpenAiError(Detail error) {

    public record Detail(String message, String type, String param, String code) {
    }

    static OpenAiError of(int status, ErrorBody body) {
        String param = body.details() == null ? null : body.details().get("field");
        if ("request".equals(param)) {
            param = null;
        }
        String code = switch (status) {
            case 401 -> "invalid_api_key";
            case 429 -> "rate_limit_exceeded";
            default -> body.error();
        };
        return new OpenAiError(new Detail(body.message(), typeOf(status), param, code));
    }

    private static String typeOf(int status) {
        if (status == 403) {
            return "permission_error";
        }
        if (status == 429) {
            return "rate_limit_error";
        }
        return status >= 500 ? "server_error" : "invalid_request_error";
    }
}
