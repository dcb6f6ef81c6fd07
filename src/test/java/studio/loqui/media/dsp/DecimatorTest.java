package studio.loqui.media.dsp;

import org.junit.jupiter.api.Test;
import studio.loqui.media.audio.PcmAudio;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecimatorTest {

    private static final int FROM = 48000;
    private static final int TO = 16000;
    private static final double AMPLITUDE = 0.5;

    @Test
    void shouldKeepAmplitudeAndPhaseOfATonesWellBelowTheNewNyquist() {
        for (double hz : new double[] {200, 1000, 3000, 5000}) {
            PcmAudio out = Decimator.toRate(tone(hz, FROM, 1.0), TO);
            float[] y = out.samples();
            // with the filter centred, output sample n is the input at n times the factor
            for (int n = 1000; n < y.length - 1000; n++) {
                assertEquals(AMPLITUDE * Math.sin(2 * Math.PI * hz * n / TO), y[n], 0.01 * AMPLITUDE, hz + " Hz, sample " + n);
            }
        }
    }

    @Test
    void shouldAttenuateTonesAboveTheNewNyquistInsteadOfFoldingThemDown() {
        for (double hz : new double[] {10000, 12000, 20000}) {
            double rms = rmsOfMiddle(Decimator.toRate(tone(hz, FROM, 1.0), TO).samples());
            double db = 20 * Math.log10(rms / (AMPLITUDE / Math.sqrt(2)));
            assertTrue(db < -50, hz + " Hz came through at " + db + " dB");
        }
    }

    @Test
    void shouldPassConstantLevelUnchanged() {
        float[] x = new float[FROM / 10];
        Arrays.fill(x, 0.3f);
        float[] y = new Decimator(3).apply(new PcmAudio(x, FROM)).samples();
        for (int n = 100; n < y.length - 100; n++) {
            assertEquals(0.3, y[n], 1e-5);
        }
    }

    @Test
    void shouldDivideLengthAndRateByTheFactor() {
        PcmAudio out = new Decimator(6).apply(new PcmAudio(new float[48001], FROM));
        assertEquals(8000, out.sampleRate());
        assertEquals(8000, out.length());
    }

    @Test
    void shouldReturnAudioAlreadyAtTheRateAsIs() {
        PcmAudio audio = tone(440, TO, 0.1);
        assertSame(audio, Decimator.toRate(audio, TO));
    }

    @Test
    void shouldRefuseARateThatDoesNotDivideTheAudiosRate() {
        assertThrows(IllegalArgumentException.class, () -> Decimator.toRate(tone(440, 44100, 0.1), TO));
    }

    private static PcmAudio tone(double hz, int rate, double seconds) {
        float[] x = new float[(int) Math.round(rate * seconds)];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (AMPLITUDE * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return new PcmAudio(x, rate);
    }

    private static double rmsOfMiddle(float[] y) {
        double sum = 0;
        int n = 0;
        for (int i = y.length / 4; i < 3 * y.length / 4; i++) {
            sum += y[i] * y[i];
            n++;
        }
        return Math.sqrt(sum / n);
    }
}
