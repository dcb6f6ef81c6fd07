package studio.loqui.media.tts;

/**
 * Intonation to speak with, for engines that can set F0 themselves
 * ({@link SpeechSynthesizer#followsPitchTarget()}): the median F0 and how widely it moves.
 *
 * @param medianHz         median F0 of voiced speech
 * @param spreadSemitones  standard deviation of F0 in semitones; 0 keeps the engine's own spread
 */
public record PitchTarget(double medianHz, double spreadSemitones) {

    /** How far a spread is ever narrowed: below this intonation sounds flat. */
    public static final double MIN_SPREAD_SCALE = 0.5;

    /**
     * Factor on the source's excursions (in semitones) that gives this target's spread, at most
     * {@code maxScale}: how far the caller's method widens intonation without sounding sung.
     */
    public double spreadScale(double sourceSpreadSemitones, double maxScale) {
        if (spreadSemitones <= 0 || sourceSpreadSemitones <= 0.2) {
            return 1.0;
        }
        return Math.max(MIN_SPREAD_SCALE, Math.min(maxScale, spreadSemitones / sourceSpreadSemitones));
    }

    /** {@code f0Hz} of a source with median {@code sourceMedianHz}, moved to this median with {@code spreadScale}. */
    public double map(double f0Hz, double sourceMedianHz, double spreadScale) {
        double semitonesFromMedian = 12 * Math.log(f0Hz / sourceMedianHz) / Math.log(2);
        return medianHz * Math.pow(2, semitonesFromMedian * spreadScale / 12);
    }
}
