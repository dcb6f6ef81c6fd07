package studio.loqui.film.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A script and config to preview as a storyboard (one picture per line) before rendering",
        example = "{\"script\":\"A beautiful sunrise over mountains\\nBirds flying in the sky\\nA peaceful lake\","
                + "\"config\":{\"video_duration\":30,\"include_voice\":true,\"include_music\":true,"
                + "\"genre\":\"cinematic\",\"mood\":\"inspiring\"}}")
public record StoryboardRequest(String script, FilmConfigRequest config) {
}
