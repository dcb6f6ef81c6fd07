package studio.loqui.film.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import studio.loqui.film.FilmConfig;

@Schema(description = "A film's config (seed 003)", example = "{\"num_images\":10,\"video_duration\":30,"
        + "\"include_voice\":true,\"include_music\":true,\"fps\":30,\"quality\":\"high\"}")
public record FilmConfigRequest(Integer numImages, Double videoDuration, Boolean includeVoice, Boolean includeMusic,
                                Integer fps, String quality, String voice, String genre, String mood) {

    public FilmConfig validated() {
        return FilmConfig.of(numImages, videoDuration, includeVoice, includeMusic, fps, quality, voice, genre, mood);
    }
}
