package studio.loqui.media.voiceprint;

/**
 * A speaker's voice as measured from speech: what {@link VoiceConverter} renders toward and
 * {@link SpeakerSimilarity} compares. A plain record of numbers, so Jackson writes it to and
 * reads it from a JSON database column as it is.
 *
 * @param version                  layout version of this record, {@link #CURRENT_VERSION}
 * @param analysisRate             sample rate the measures were taken at (Hz)
 * @param speechSeconds            speech the measures rest on
 * @param medianF0Hz               median fundamental frequency of voiced frames
 * @param f0P10Hz                  10th percentile of F0: the low end of the speaker's range
 * @param f0P90Hz                  90th percentile of F0: the high end
 * @param f0StdSemitones           standard deviation of F0 in semitones: how lively the intonation is
 * @param formantsHz               median F1..F4
 * @param formantSpacingHz         mean spacing of the formants; scales inversely with vocal-tract length
 * @param vocalTractLengthCm       vocal-tract length of a uniform tube with that spacing
 * @param mfccMean                 mean MFCCs c1..c12 of the speech frames (c0, the level, left out)
 * @param meanLogMel               mean natural-log energy of 40 mel bands (60..7600 Hz) of the speech frames
 * @param ltasDb                   long-term average spectrum, dB per 250 Hz band from 0 Hz
 * @param syllablesPerSecond       speaking rate: syllable nuclei per second of speech
 * @param gender                   {@code male} or {@code female}, guessed from pitch and vocal-tract length
 * @param genderConfidence         0.5 (a toss-up) .. 1 (certain)
 * @param timbre                   how the envelope is reached from the engine's: learned from the samples, or the
 *                                 global equaliser and why; null for a voice measured before learning existed
 * @param voiceprint               the band-limited cepstral statistics {@link SpeakerSimilarity} identifies the
 *                                 speaker by; null for a voice measured before they existed
 */
public record VoiceProfileData(
        int version,
        int analysisRate,
        double speechSeconds,
        double medianF0Hz,
        double f0P10Hz,
        double f0P90Hz,
        double f0StdSemitones,
        double[] formantsHz,
        double formantSpacingHz,
        double vocalTractLengthCm,
        double[] mfccMean,
        double[] meanLogMel,
        double[] ltasDb,
        double syllablesPerSecond,
        String gender,
        double genderConfidence,
        TimbreMapping timbre,
        Voiceprint voiceprint) {

    public static final int CURRENT_VERSION = 1;

    public VoiceProfileData withTimbre(TimbreMapping mapping) {
        return new VoiceProfileData(version, analysisRate, speechSeconds, medianF0Hz, f0P10Hz, f0P90Hz, f0StdSemitones,
                formantsHz, formantSpacingHz, vocalTractLengthCm, mfccMean, meanLogMel, ltasDb, syllablesPerSecond,
                gender, genderConfidence, mapping, voiceprint);
    }

    /** Whether {@link #timbre} was learned from the samples (else the global equaliser shapes the envelope). */
    public boolean learnedTimbre() {
        return timbre != null && timbre.learned();
    }
}
