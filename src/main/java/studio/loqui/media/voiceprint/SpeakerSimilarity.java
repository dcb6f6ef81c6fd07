package studio.loqui.media.voiceprint;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.PitchTrack;

/**
 * How alike two voices sound, from 0 (nothing in common) to 1 (the same measures). The score is a
 * weighted sum of four agreements, each {@code exp(-distance / scale)}:
 * <ul>
 *   <li>0.30, pitch level: |median F0 difference| in semitones, scale 4 st;</li>
 *   <li>0.15, vocal tract: |formant spacing ratio| in semitones, scale 1.5 st;</li>
 *   <li>0.35, timbre: Euclidean distance of mean MFCCs c1..c12, scale 5;</li>
 *   <li>0.20, long-term spectrum: RMS dB difference of the level-normalised LTAS, scale 6 dB.</li>
 * </ul>
 * The scales are set so that two recordings of one speaker score about 0.7 or more, a speaker
 * against the opposite sex about 0.3 or less. It measures the properties the converter controls,
 * not identity as a trained speaker-verification model would, so it is a guide, not a proof.
 */
@ApplicationScoped
public class SpeakerSimilarity {

    private final VoiceAnalyzer analyzer;

    public SpeakerSimilarity() {
        this(new VoiceAnalyzer());
    }

    public SpeakerSimilarity(VoiceAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Similarity of some speech (any output) to a reference voice profile. */
    public double score(PcmAudio output, VoiceProfileData reference) {
        return score(analyzer.analyze(output), reference);
    }

    /** As {@link #score(PcmAudio, VoiceProfileData)}, with the output's pitch track already measured. */
    double score(PcmAudio output, PitchTrack outputPitch, VoiceProfileData reference) {
        return score(analyzer.analyze(output, outputPitch), reference);
    }

    public double score(VoiceProfileData a, VoiceProfileData b) {
        double pitch = Math.abs(semitones(a.medianF0Hz(), b.medianF0Hz()));
        double tract = Math.abs(semitones(a.formantSpacingHz(), b.formantSpacingHz()));
        double timbre = new DistanceOf(a, b).mfcc();
        double spectrum = new DistanceOf(a, b).ltasDb();
        return 0.30 * Math.exp(-pitch / 4) + 0.15 * Math.exp(-tract / 1.5)
                + 0.35 * Math.exp(-timbre / 5) + 0.20 * Math.exp(-spectrum / 6);
    }

    private static double semitones(double hzA, double hzB) {
        return hzA > 0 && hzB > 0 ? PitchTrack.semitones(hzA) - PitchTrack.semitones(hzB) : 24;
    }
}
