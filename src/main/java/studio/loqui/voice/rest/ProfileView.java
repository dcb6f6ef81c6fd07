package studio.loqui.voice.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import studio.loqui.media.audio.AudioQualityReport;
import studio.loqui.speech.StockVoices;
import studio.loqui.media.voiceprint.TimbreMapping;
import studio.loqui.media.voiceprint.VoiceProfileData;
import studio.loqui.speech.Voice;

import java.util.Locale;

import java.time.OffsetDateTime;

/** Seed 001's voice profile: one of the caller's voices, or a stock voice. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProfileView(String id, String name, String language, String gender, OffsetDateTime createdAt,
                          String description, String origin, Double medianPitchHz, AudioQualityReport quality,
                          String timbre, Boolean timbreLearned, Integer samples, Double speechSeconds) {

    /**
     * {@code timbre}: how the voice's envelope is reached, {@link #timbreOf}; {@code samples}: the recordings it
     * learns from; {@code speechSeconds}: the speech measured in them.
     */
    public static ProfileView of(Voice voice, VoiceProfileData profile, AudioQualityReport quality, int samples) {
        return new ProfileView(voice.publicId, voice.name, voice.language, voice.gender, voice.createdAt,
                voice.description, voice.origin.name().toLowerCase(), Math.round(profile.medianF0Hz() * 10) / 10.0,
                quality, timbreOf(profile), profile.learnedTimbre(), samples,
                Math.round(profile.speechSeconds() * 10) / 10.0);
    }

    /** What the voice's report says of its timbre: learned from how much speech, or why the global equaliser is used. */
    public static String timbreOf(VoiceProfileData profile) {
        TimbreMapping t = profile.timbre();
        if (t == null) {
            return "global equaliser (measured before timbre learning)";
        }
        return t.learned() ? String.format(Locale.ROOT, "learned from %.1f s of the samples' speech, up to %.0f Hz",
                t.parallelSeconds(), t.bandTopHz()) : "global equaliser: " + t.reason();
    }

    public static ProfileView of(StockVoices.StockVoice stock) {
        return new ProfileView(stock.id(), stock.name(), stock.language(), stock.gender(), StockVoices.LISTED_AT,
                stock.description(), "stock", null, null, null, null, null, null);
    }
}
