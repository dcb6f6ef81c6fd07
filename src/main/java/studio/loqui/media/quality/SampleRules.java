package studio.loqui.media.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When a voice sample is refused, and what is worth a warning. A sample needs at least
 * {@code minSpeechSeconds} of speech, and its speech must be voiced (have a pitch): noise that
 * fluctuates enough to pass the activity detector still has no pitch.
 */
public final class SampleRules {

    public static final double DEFAULT_MIN_SPEECH_SECONDS = 3.0;
    private static final double SILENT_PEAK_DBFS = -60;
    private static final double MIN_VOICED_RATIO = 0.2;
    private static final double CLIPPING_WARNING_RATIO = 0.001;
    private static final double NOISY_SNR_DB = 15;

    private final double minSpeechSeconds;

    public SampleRules(double minSpeechSeconds) {
        this.minSpeechSeconds = minSpeechSeconds;
    }

    /** Why the sample is refused, or null. */
    public String rejection(AudioMeter.Measures m) {
        if (m.durationSeconds() <= 0) {
            return "The audio is empty.";
        }
        if (m.peakDbfs() < SILENT_PEAK_DBFS) {
            return "The recording is silent.";
        }
        if (m.speechSeconds() < minSpeechSeconds) {
            return format("Only %.1f s of speech were detected; a voice sample needs at least %.1f s.",
                    m.speechSeconds(), minSpeechSeconds);
        }
        if (m.voicedRatio() < MIN_VOICED_RATIO) {
            return "The recording contains noise but no voice.";
        }
        return null;
    }

    public List<String> warnings(AudioMeter.Measures m, double snrDb) {
        List<String> warnings = new ArrayList<>();
        if (m.clippingRatio() > CLIPPING_WARNING_RATIO) {
            warnings.add(format("%.2f %% of the samples are clipped; record at a lower level.", 100 * m.clippingRatio()));
        }
        if (snrDb < NOISY_SNR_DB) {
            warnings.add(format("The background noise is only %.0f dB below the voice; record in a quieter place.", snrDb));
        }
        return warnings;
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
