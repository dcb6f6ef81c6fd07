package studio.loqui.media.lipsync;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.loqui.media.MediaTestFiles;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LipSyncTest {

    private static final int FPS = 25;

    private static LipSyncModel model;
    private static LipSync lipSync;

    @BeforeAll
    static void loadModel() {
        model = LipSyncModel.load(LipSyncModel.DEFAULT_DIRECTORY);
        lipSync = new LipSync(model);
    }

    @AfterAll
    static void closeModel() {
        model.close();
    }

    @Test
    void shouldRunOnTheGpuWhenThereIsOneElseTheCpu() {
        assertTrue(model.device().startsWith("cpu") || model.device().startsWith("gpu"), model.device());
    }

    @Test
    void shouldKeepTheMouthClosedInSilenceAndQuietNoise() {
        Random random = new Random(1);
        float[] hiss = new float[16000 * 3];
        for (int i = 0; i < hiss.length; i++) {
            hiss[i] = (float) (0.0005 * random.nextGaussian());
        }
        for (float[] quiet : new float[][] {new float[16000 * 3], hiss}) {
            for (MouthShape shape : lipSync.shapes(quiet, FPS, 75)) {
                assertTrue(shape.open() < 0.02, "open " + shape.open());
            }
        }
    }

    @Test
    void shouldFollowTheLoudnessOfRealSpeech() throws Exception {
        float[] speech = MediaTestFiles.decodeMono16k(MediaTestFiles.voice("librivox-austen-0890.wav"));
        int frames = (int) Math.round(speech.length / 16000.0 * FPS);
        MouthShape[] shapes = lipSync.shapes(speech, FPS, frames);
        assertEquals(frames, shapes.length);
        double[] open = new double[frames];
        double[] loudness = new double[frames];
        for (int f = 0; f < frames; f++) {
            open[f] = shapes[f].open();
            loudness[f] = rms(speech, f * 16000 / FPS, (f + 1) * 16000 / FPS);
        }
        double r = pearson(open, loudness);
        System.out.printf("network openness vs speech RMS on %s: r = %.3f%n", "librivox-austen-0890.wav", r);
        assertTrue(r > 0.5, "r " + r);
        assertTrue(java.util.Arrays.stream(open).max().orElse(0) > 0.4, "opens wide at times");
    }

    private static double rms(float[] x, int from, int to) {
        double sum = 0;
        int end = Math.min(to, x.length);
        for (int i = from; i < end; i++) {
            sum += x[i] * x[i];
        }
        return end > from ? Math.sqrt(sum / (end - from)) : 0;
    }

    private static double pearson(double[] a, double[] b) {
        double ma = java.util.Arrays.stream(a).average().orElse(0);
        double mb = java.util.Arrays.stream(b).average().orElse(0);
        double cov = 0, va = 0, vb = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }
        return cov / Math.sqrt(va * vb);
    }
}
