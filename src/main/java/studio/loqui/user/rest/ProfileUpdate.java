package studio.loqui.user.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(example = "{\"first_name\":\"John\",\"last_name\":\"Doe\",\"bio\":\"Updated bio\"}")
public record ProfileUpdate(
        @Size(max = 100, message = "At most {max} characters") String firstName,
        @Size(max = 100, message = "At most {max} characters") String lastName,
        @Size(max = 2000, message = "At most {max} characters") String bio) {

    /** What a request without a body is told. */
    public static final String REQUIRED = "A JSON body with first_name, last_name or bio is required";
}
