package studio.loqui.library.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A library item's new name", example = "{\"name\":\"Chapter one, take two\"}")
public record LibraryRename(
        @NotBlank(message = "is required")
        @Size(max = LibraryRename.MAX_NAME, message = "must be at most {max} characters") String name) {

    public static final int MAX_NAME = 200;
    /** What a request without a body is told. */
    public static final String REQUIRED = "A JSON body with name is required";
}
