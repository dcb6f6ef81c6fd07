package studio.loqui.media.voiceprint;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.PitchTrack;

/**
 * How likely two recordings are of one speaker, 0..1. Both are reduced to a {@link Voiceprint} (mean and spread
 * of mel-cepstra c1..c16 over speech frames, within 250..3400 Hz so that phone-line and studio recordings are
 * compared on the same band); their distance is the RMS of the mean differences in units of the pooled
 * within-speaker spread, plus 1/40 per semitone of median-pitch difference. That distance {@code D} is
 * calibrated by a logistic, {@code 1 / (1 + exp((D - 0.28) / 0.03))}: on the real test speakers (LibriVox and
 * pocketsphinx's card reader, the ALSA voice, Asterisk's 8 kHz English and French prompts) two recordings of
 * one speaker measured D = 0.12..0.27 (score 0.6..1.0) and of different speakers D >= 0.30 (score <= 0.34), so
 * >= 0.8 says the same speaker is likely, 0.5 is the boundary, <= 0.2 says another speaker. A clone is
 * a converted synthetic voice: it scores highest against its own speaker but lower than a real second recording.
 * Voices measured before voiceprints existed are compared by the older measure-agreement score ({@link #legacy}).
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
        if (reference.voiceprint() == null) {
            return score(analyzer.analyze(output, outputPitch), reference);
        }
        return calibrated(distance(Voiceprint.of(output), outputPitch.medianHz(), reference));
    }

    public double score(VoiceProfileData a, VoiceProfileData b) {
        if (a.voiceprint() == null || b.voiceprint() == null) {
            return legacy(a, b);
        }
        return calibrated(distance(a, b));
    }

    /** The identification distance {@code D}: voiceprint distance plus 1/40 per semitone of pitch difference. */
    public static double distance(VoiceProfileData a, VoiceProfileData b) {
        return distance(a.voiceprint(), a.medianF0Hz(), b);
    }

    private static double distance(Voiceprint print, double medianF0Hz, VoiceProfileData b) {
        double pitch = Math.min(24, Math.abs(semitones(medianF0Hz, b.medianF0Hz())));
        return print.distance(b.voiceprint()) + pitch / SEMITONES_PER_UNIT;
    }

    static double calibrated(double distance) {
        return 1 / (1 + Math.exp((distance - BOUNDARY) / SLOPE));
    }

    static final double SEMITONES_PER_UNIT = 40;
    static final double BOUNDARY = 0.28;
    static final double SLOPE = 0.03;

    /**
     * The earlier score, for profiles without a voiceprint: 0.30 pitch level (scale 4 st), 0.15 formant spacing
     * (1.5 st), 0.35 mean MFCCs (5), 0.20 LTAS (6 dB), each {@code exp(-distance / scale)}.
     */
    static double legacy(VoiceProfileData a, VoiceProfileData b) {
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
