package studio.loqui.media.voiceprint;

import org.junit.jupiter.api.Test;
import studio.loqui.media.TestMedia;
import studio.loqui.media.asr.SpeechRecognizer;
import studio.loqui.media.asr.SpeechSpans;
import studio.loqui.media.audio.Levels;
import studio.loqui.media.audio.PcmAudio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A man speaking with steady tones or a melody under his voice, a second of it alone before and after, as
 * in a video's intro: his pitch and gender are measured inside the recognised speech, with the background
 * heard between the words taken out.
 */
class VoiceUnderMusicTest {

    private static final int RATE = VoiceAnalyzer.ANALYSIS_RATE;
    private final VoiceAnalyzer analyzer = new VoiceAnalyzer();
    private final SpeechRecognizer hearing = TestMedia.RECOGNIZER;

    @Test
    void shouldMeasureAManUnderSteadyTonesAsHimself() {
        assertHeardAsTheCleanSpeaker(steadyChord(), -6);
    }

    @Test
    void shouldMeasureAManUnderAMelodyAsHimself() {
        assertHeardAsTheCleanSpeaker(melody(), -12);
    }

    private void assertHeardAsTheCleanSpeaker(Background background, double belowSpeechDb) {
        PcmAudio voice = TestMedia.realVoice(TestMedia.VOICE_0870);
        VoiceProfileData clean = analyzer.analyze(voice);
        PcmAudio mix = underMusic(voice, background, belowSpeechDb);

        VoiceProfileData naive = analyzer.analyze(mix);
        SpeechSpans spans = SpeechSpans.of(hearing.recognize(mix, "en"), mix.durationSeconds());
        VoiceProfileData heard = analyzer.analyzeSpeech(mix, spans);

        double error = Math.abs(semitones(heard.medianF0Hz(), clean.medianF0Hz()));
        System.out.printf("voice under music (%s dB): clean %.1f Hz, whole mix %.1f Hz (%s), recognised speech %.1f Hz (%s),"
                        + " %.2f st off, %.1f s heard%n", belowSpeechDb, clean.medianF0Hz(), naive.medianF0Hz(), naive.gender(),
                heard.medianF0Hz(), heard.gender(), error, spans.speechSeconds());
        assertEquals("male", clean.gender());
        assertEquals("male", heard.gender());
        assertTrue(error <= 1.0, "pitch " + error + " semitones from the clean recording");
    }

    private interface Background {
        double at(double t);
    }

    /** A sustained G major chord in the range of a woman's voice, with a slow swell. */
    private static Background steadyChord() {
        return t -> (1 + 0.2 * Math.sin(2 * Math.PI * 0.5 * t))
                * (Math.sin(2 * Math.PI * 196 * t) + Math.sin(2 * Math.PI * 247 * t) + 0.7 * Math.sin(2 * Math.PI * 294 * t));
    }

    /** A tune of plucked notes between 175 and 330 Hz, a new one every 0.4 s, with two harmonics each. */
    private static Background melody() {
        double[] notes = {196, 220, 247, 262, 294, 330, 294, 247, 220, 175};
        return t -> {
            int i = (int) (t / 0.4);
            double f = notes[i % notes.length];
            double since = t - i * 0.4;
            double envelope = Math.exp(-3 * since);
            return envelope * (Math.sin(2 * Math.PI * f * t) + 0.5 * Math.sin(4 * Math.PI * f * t)
                    + 0.25 * Math.sin(6 * Math.PI * f * t));
        };
    }

    static PcmAudio underMusic(PcmAudio voice, Background background, double belowSpeechDb) {
        int lead = RATE;
        float[] v = voice.samples();
        float[] mix = new float[v.length + 2 * lead];
        float[] bed = new float[mix.length];
        for (int i = 0; i < bed.length; i++) {
            bed[i] = (float) background.at(i / (double) RATE);
        }
        double gain = Levels.rms(v) / Levels.rms(bed) * Math.pow(10, belowSpeechDb / 20);
        for (int i = 0; i < mix.length; i++) {
            int j = i - lead;
            mix[i] = (float) (bed[i] * gain + (j >= 0 && j < v.length ? v[j] : 0));
        }
        return new PcmAudio(mix, RATE);
    }

    private static double semitones(double f, double reference) {
        return 12 * Math.log(f / reference) / Math.log(2);
    }
}
