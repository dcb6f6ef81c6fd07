package studio.loqui.film.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A client may only cancel a job; status and progress are otherwise the server's",
        example = "{\"status\":\"cancelled\"}")
public record FilmJobPatch(String status, Double progress) {
}
