package studio.loqui.media.quality;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.audio.AudioQualityReport;
import studio.loqui.media.audio.Levels;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.VoiceActivityDetector;
import studio.loqui.media.dsp.PitchTrack;
import studio.loqui.media.dsp.YinPitchTracker;

import java.util.ArrayList;
import java.util.List;

/** Measures level, clipping, noise and speech content of a sample and judges it by {@link SampleRules}. */
@ApplicationScoped
public class AudioMeter {

    private static final float CLIP_LEVEL = 0.999f;

    private final VoiceActivityDetector vad = new VoiceActivityDetector();
    private final YinPitchTracker pitchTracker = YinPitchTracker.forSpeech();
    private final SampleRules rules;

    public AudioMeter() {
        this(new SampleRules(SampleRules.DEFAULT_MIN_SPEECH_SECONDS));
    }

    public AudioMeter(SampleRules rules) {
        this.rules = rules;
    }

    public AudioQualityReport measure(PcmAudio audio) {
        return measure(audio, null);
    }

    /**
     * As {@link #measure(PcmAudio)}, with the speech time a recogniser heard in words in place of the
     * voice-activity detector's, which counts music and loud noise as speech.
     */
    public AudioQualityReport measure(PcmAudio audio, Double heardSpeechSeconds) {
        float[] x = audio.samples();
        VoiceActivityDetector.Activity activity = vad.detect(audio);
        double speechSeconds = heardSpeechSeconds == null ? activity.speechSeconds() : heardSpeechSeconds;
        double speechDb = speechLevelDb(activity);
        double noiseFloor = activity.noiseFloorDbfs();
        double voiced = voicedRatio(activity, pitchTracker.track(audio));
        Measures m = new Measures(audio.durationSeconds(), speechSeconds, Levels.toDb(Levels.peak(x)),
                clippingRatio(x), voiced);
        List<String> warnings = new ArrayList<>();
        String rejection = rules.rejection(m);
        if (rejection == null) {
            warnings.addAll(rules.warnings(m, speechDb - noiseFloor));
        }
        return new AudioQualityReport(m.durationSeconds(), audio.sampleRate(), m.speechSeconds(),
                Levels.toDb(Levels.rms(x)), speechDb, m.peakDbfs(), m.clippingRatio(), noiseFloor,
                activity.speechSeconds() > 0 ? speechDb - noiseFloor : 0, voiced, rejection, List.copyOf(warnings));
    }

    /** The measures the acceptance rules look at. */
    public record Measures(double durationSeconds, double speechSeconds, double peakDbfs, double clippingRatio,
                           double voicedRatio) {
    }

    private static double speechLevelDb(VoiceActivityDetector.Activity activity) {
        double power = 0;
        int n = 0;
        for (int i = 0; i < activity.active().length; i++) {
            if (activity.active()[i]) {
                power += Math.pow(10, activity.frameDbfs()[i] / 10);
                n++;
            }
        }
        return n == 0 ? Levels.SILENCE_DBFS : 10 * Math.log10(power / n);
    }

    private static double voicedRatio(VoiceActivityDetector.Activity activity, PitchTrack pitch) {
        int speech = 0;
        int voiced = 0;
        double ratio = VoiceActivityDetector.HOP_SECONDS / pitch.hopSeconds();
        for (int i = 0; i < activity.active().length; i++) {
            if (activity.active()[i]) {
                speech++;
                int p = (int) Math.round(i * ratio);
                voiced += p < pitch.f0Hz().length && pitch.f0Hz()[p] > 0 ? 1 : 0;
            }
        }
        return speech == 0 ? 0 : voiced / (double) speech;
    }

    private static double clippingRatio(float[] x) {
        long clipped = 0;
        for (float v : x) {
            clipped += Math.abs(v) >= CLIP_LEVEL ? 1 : 0;
        }
        return x.length == 0 ? 0 : clipped / (double) x.length;
    }
}
