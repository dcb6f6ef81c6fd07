package studio.loqui.film.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A script to turn into a film: one scene per line", example = "{\"project_id\":1,"
        + "\"script\":\"A beautiful sunrise over mountains\\nBirds flying in the sky\\nA peaceful lake\","
        + "\"config\":{\"num_images\":10,\"video_duration\":30,\"include_voice\":true,\"include_music\":true}}")
public record FilmJobRequest(Long projectId, String script, FilmConfigRequest config) {
}
