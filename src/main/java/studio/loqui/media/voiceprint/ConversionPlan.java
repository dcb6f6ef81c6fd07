package studio.loqui.media.voiceprint;

import studio.loqui.media.dsp.PitchTrack;
import studio.loqui.media.tts.PitchTarget;

/**
 * How far to move a source voice toward a target, from both voices' measures. Each factor is
 * clamped to what the signal processing does without audible damage.
 *
 * @param sourceMedianF0Hz  median F0 of the source
 * @param targetMedianF0Hz  median F0 to reach
 * @param rangeScale        factor on F0 excursions (in semitones) around the median
 * @param formantScale      factor on formant frequencies (target spacing over source spacing)
 * @param timeScale         factor on duration (source rate over target rate)
 */
public record ConversionPlan(double sourceMedianF0Hz, double targetMedianF0Hz, double rangeScale,
                             double formantScale, double timeScale) {

    /** PSOLA widens intonation at most this much; past it the grains' repetition is heard. */
    static final double MAX_PSOLA_SPREAD_SCALE = 2.0;
    static final double PITCH_TOLERANCE_SEMITONES = 0.3;
    static final double SPREAD_TOLERANCE = 0.15;
    private static final double MIN_FORMANT_SCALE = 0.82;
    /**
     * Formants are lowered freely but never raised: raising them by 5-10 % sent PocketSphinx's
     * word error rate from 4 % to 26-70 % on ten test sentences (slt, the MaryTTS voice, already
     * has a short vocal tract), while the envelope equaliser still brightens toward such voices.
     */
    private static final double MAX_FORMANT_SCALE = 1.0;
    /** Rate estimates scatter by ~10 %; smaller differences are left alone. */
    private static final double RATE_DEAD_ZONE = 0.12;
    /**
     * A sentence or two says little about a speaker's rate (short words, pauses, emphasis), so
     * shorter sources keep their tempo; {@link VoiceCloner} sets the engine's speed instead.
     */
    static final double MIN_SPEECH_FOR_RATE_SECONDS = 8;

    static ConversionPlan between(PitchTrack sourcePitch, VoiceProfileData source, VoiceProfileData target) {
        double rangeScale = pitchTarget(target).spreadScale(source.f0StdSemitones(), MAX_PSOLA_SPREAD_SCALE);
        double formantScale = target.learnedTimbre() ? 1.0 : source.formantSpacingHz() > 0 && target.formantSpacingHz() > 0
                ? clamp(target.formantSpacingHz() / source.formantSpacingHz(), MIN_FORMANT_SCALE, MAX_FORMANT_SCALE) : 1.0;
        double timeScale = 1.0;
        if (source.speechSeconds() >= MIN_SPEECH_FOR_RATE_SECONDS && source.syllablesPerSecond() > 0
                && target.syllablesPerSecond() > 0) {
            double ratio = source.syllablesPerSecond() / target.syllablesPerSecond();
            timeScale = Math.abs(ratio - 1) < RATE_DEAD_ZONE ? 1.0 : clamp(ratio, 0.8, 1.25);
        }
        return new ConversionPlan(sourcePitch.medianHz(), target.medianF0Hz(), rangeScale, formantScale, timeScale);
    }

    /** The target's intonation, for engines that speak with it directly. */
    static PitchTarget pitchTarget(VoiceProfileData target) {
        return new PitchTarget(target.medianF0Hz(), target.f0StdSemitones());
    }

    /** Output F0 over input F0 for a voiced frame of input F0 {@code f0Hz}. */
    double pitchRatio(double f0Hz) {
        if (f0Hz <= 0 || sourceMedianF0Hz <= 0) {
            return targetMedianF0Hz > 0 && sourceMedianF0Hz > 0 ? targetMedianF0Hz / sourceMedianF0Hz : 1.0;
        }
        return new PitchTarget(targetMedianF0Hz, 0).map(f0Hz, sourceMedianF0Hz, rangeScale) / f0Hz;
    }

    /**
     * Whether pitch or tempo must move: not when the source already speaks at the target's median
     * (within {@link #PITCH_TOLERANCE_SEMITONES}) and spread, at its rate, as an engine that followed
     * a {@link PitchTarget} does. Resynthesising pitch for nothing only costs clarity.
     */
    boolean movesPitchOrTime() {
        double offset = sourceMedianF0Hz > 0 && targetMedianF0Hz > 0
                ? PitchTrack.semitones(targetMedianF0Hz) - PitchTrack.semitones(sourceMedianF0Hz) : 0;
        return Math.abs(offset) > PITCH_TOLERANCE_SEMITONES || Math.abs(rangeScale - 1) > SPREAD_TOLERANCE
                || timeScale != 1.0;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
