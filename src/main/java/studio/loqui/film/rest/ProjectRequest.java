package studio.loqui.film.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import studio.loqui.film.ProjectService;

@Schema(description = "A film project", example = "{\"name\":\"My First Film\",\"description\":\"A short film about AI\"}")
public record ProjectRequest(
        @NotBlank(message = "is required")
        @Size(max = ProjectService.MAX_NAME, message = "must be at most {max} characters") String name,
        @Size(max = ProjectService.MAX_DESCRIPTION, message = "must be at most {max} characters") String description) {

    /** What a request without a body is told. */
    public static final String REQUIRED = "A JSON body with name is required";
}
