package studio.loqui.film.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A film project", example = "{\"name\":\"My First Film\",\"description\":\"A short film about AI\"}")
public record ProjectRequest(String name, String description) {
}
