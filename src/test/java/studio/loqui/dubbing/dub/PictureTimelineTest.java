package studio.loqui.dubbing.dub;

import org.junit.jupiter.api.Test;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.StereoPcm;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.media.stretch.RubberBandStretcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PictureTimelineTest {

    @Test
    void shouldMapTimesPiecewise() {
        PictureTimeline timeline = new PictureTimeline();
        timeline.slow(1, 2, 1.5);
        timeline.slow(4, 6, 2);
        assertEquals(0.5, timeline.map(0.5), 1e-9);
        assertEquals(1.75, timeline.map(1.5), 1e-9);
        assertEquals(3.5, timeline.map(3), 1e-9);
        assertEquals(4.5 + 2, timeline.map(5), 1e-9);
        assertEquals(10 + 2.5, timeline.map(10), 1e-9);
        assertEquals(2.5, timeline.addedSeconds(), 1e-9);
    }

    /** A 440 Hz tone whose middle second becomes two: the length is the mapped one, and the pitch stays. */
    @Test
    void shouldStretchTheSlowedStretchOfASoundAtItsPitch() {
        int rate = 16000;
        float[] tone = new float[3 * rate];
        for (int n = 0; n < tone.length; n++) {
            tone[n] = (float) (0.3 * Math.sin(2 * Math.PI * 440 * n / rate));
        }
        PictureTimeline timeline = new PictureTimeline();
        timeline.slow(1, 2, 2);
        PcmAudio stretched = timeline.stretched(new PcmAudio(tone, rate),
                new RubberBandStretcher(new AudioDecoder(new FFmpegBinaries())));
        assertEquals(4.0, stretched.durationSeconds(), 1.0 / rate);
        assertEquals(440, crossings(stretched.slice(1.5, 2.5)) / 2.0, 5);
        assertEquals(440, crossings(stretched.slice(3.2, 3.8)) / 2.0 / 0.6, 5);
    }

    /** Each channel of a stereo background is stretched on its own and both keep their pitch. */
    @Test
    void shouldStretchBothChannels() {
        int rate = 16000;
        PictureTimeline timeline = new PictureTimeline();
        timeline.slow(0.5, 1.5, 1.5);
        StereoPcm stretched = timeline.stretched(new StereoPcm(tone(440, 2, rate), tone(660, 2, rate)),
                new RubberBandStretcher(new AudioDecoder(new FFmpegBinaries())));
        assertEquals(2.5, stretched.durationSeconds(), 1.0 / rate);
        assertEquals(440, crossings(stretched.left().slice(0.7, 1.7)) / 2.0, 5);
        assertEquals(660, crossings(stretched.right().slice(0.7, 1.7)) / 2.0, 5);
    }

    /**
     * Where the stretched second meets the copied sound the wave runs on without a jump: within 5 ms of either
     * join no step from one sample to the next exceeds 1.9 times the tone's steepest. Cut in without a crossfade,
     * the 97 Hz tone's second join stepped 2.4 times it.
     */
    @Test
    void shouldJoinTheStretchedSoundWithoutAClick() {
        int rate = 16000;
        PictureTimeline timeline = new PictureTimeline();
        timeline.slow(1, 2, 1.37);
        for (double hz : new double[]{97, 300, 440, 523.25}) {
            PcmAudio stretched = timeline.stretched(tone(hz, 3, rate),
                    new RubberBandStretcher(new AudioDecoder(new FFmpegBinaries())));
            double steepest = 0.3 * 2 * Math.PI * hz / rate;
            for (double join : new double[]{1, timeline.map(2)}) {
                double step = largestStep(stretched, join - 0.005, join + 0.005);
                assertTrue(step <= 1.9 * steepest, hz + " Hz: a step of " + step / steepest + " times the tone's "
                        + "steepest at " + join + " s");
            }
        }
    }

    private static double largestStep(PcmAudio a, double from, double to) {
        double m = 0;
        for (int n = (int) (from * a.sampleRate()); n < (int) (to * a.sampleRate()); n++) {
            m = Math.max(m, Math.abs(a.samples()[n] - a.samples()[n - 1]));
        }
        return m;
    }

    private static PcmAudio tone(double hz, double seconds, int rate) {
        float[] samples = new float[(int) (seconds * rate)];
        for (int n = 0; n < samples.length; n++) {
            samples[n] = (float) (0.3 * Math.sin(2 * Math.PI * hz * n / rate));
        }
        return new PcmAudio(samples, rate);
    }

    private static int crossings(PcmAudio audio) {
        int count = 0;
        for (int n = 1; n < audio.length(); n++) {
            if ((audio.samples()[n - 1] < 0) != (audio.samples()[n] < 0)) {
                count++;
            }
        }
        return count;
    }
}
