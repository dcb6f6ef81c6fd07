package studio.loqui.voice.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import studio.loqui.media.audio.AudioQualityReport;
import studio.loqui.speech.StockVoices;
import studio.loqui.speech.Voice;

import java.time.OffsetDateTime;

/** Seed 001's voice profile: one of the caller's voices, or a stock voice. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProfileView(String id, String name, String language, String gender, OffsetDateTime createdAt,
                          String description, String origin, Double medianPitchHz, AudioQualityReport quality) {

    public static ProfileView of(Voice voice, Double medianPitchHz, AudioQualityReport quality) {
        return new ProfileView(voice.publicId, voice.name, voice.language, voice.gender, voice.createdAt,
                voice.description, voice.origin.name().toLowerCase(), medianPitchHz, quality);
    }

    public static ProfileView of(StockVoices.StockVoice stock) {
        return new ProfileView(stock.id(), stock.name(), stock.language(), stock.gender(), StockVoices.LISTED_AT,
                stock.description(), "stock", null, null);
    }
}
