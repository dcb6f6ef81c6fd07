package studio.loqui.media.dsp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MelFilterBankTest {

    private static final int FILTERS = 26;
    private static final int FFT = 512;
    private static final int RATE = 16000;
    private static final double LOW_HZ = 0;
    private static final double HIGH_HZ = 8000;

    private final MelFilterBank bank = new MelFilterBank(FILTERS, FFT, RATE, LOW_HZ, HIGH_HZ);

    @Test
    void shouldUseTheHtkMelScale() {
        assertEquals(0, MelFilterBank.mel(0), 1e-12);
        assertEquals(1000, MelFilterBank.mel(1000), 0.05); // the scale is anchored at 1000 Hz = 1000 mel
        assertEquals(2595 * Math.log10(1 + 4000 / 700.0), MelFilterBank.mel(4000), 1e-9);
        for (double hz : new double[] {50, 440, 3000, 7999}) {
            assertEquals(hz, MelFilterBank.hz(MelFilterBank.mel(hz)), 1e-9);
        }
    }

    @Test
    void shouldHaveOneEnergyPerFilter() {
        assertEquals(FILTERS, bank.size());
        assertEquals(FILTERS, bank.logEnergies(new float[FFT / 2 + 1]).length);
    }

    @Test
    void shouldPeakAtTheFilterWhoseCentreTheToneIsAt() {
        for (int m = 0; m < FILTERS; m++) {
            int bin = (int) Math.round(centreHz(m) * FFT / RATE);
            double[] energies = bank.logEnergies(delta(bin));
            assertEquals(m, argmax(energies), "tone at bin " + bin + " (" + centreHz(m) + " Hz)");
        }
    }

    @Test
    void shouldHaveOverlappingTrianglesThatSumToOneBetweenTheFirstAndLastCentres() {
        int from = (int) Math.ceil(centreHz(0) * FFT / RATE);
        int to = (int) Math.floor(centreHz(FILTERS - 1) * FFT / RATE);
        for (int bin = from; bin <= to; bin++) {
            double sum = 0;
            for (double e : bank.logEnergies(delta(bin))) {
                sum += Math.exp(e) - 1e-10;
            }
            assertEquals(1.0, sum, 1e-5, "bin " + bin);
        }
    }

    @Test
    void shouldIgnoreBinsOutsideTheBanksRange() {
        MelFilterBank speechBand = new MelFilterBank(20, FFT, RATE, 300, 3400);
        int below = (int) Math.floor(250.0 * FFT / RATE);
        int above = (int) Math.ceil(3500.0 * FFT / RATE);
        for (double e : speechBand.logEnergies(delta(below))) {
            assertEquals(Math.log(1e-10), e, 1e-6);
        }
        for (double e : speechBand.logEnergies(delta(above))) {
            assertEquals(Math.log(1e-10), e, 1e-6);
        }
    }

    @Test
    void shouldStayFiniteForSilence() {
        for (double e : bank.logEnergies(new float[FFT / 2 + 1])) {
            assertTrue(Double.isFinite(e));
            assertEquals(Math.log(1e-10), e, 1e-9);
        }
    }

    private static double centreHz(int m) {
        double low = MelFilterBank.mel(LOW_HZ);
        double high = MelFilterBank.mel(HIGH_HZ);
        return MelFilterBank.hz(low + (high - low) * (m + 1) / (FILTERS + 1));
    }

    private static float[] delta(int bin) {
        float[] power = new float[FFT / 2 + 1];
        power[bin] = 1;
        return power;
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
