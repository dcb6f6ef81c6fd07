package studio.loqui.media.voiceprint;

import studio.loqui.media.dsp.RealFft;

/** Cepstral smoothing: the spectral envelope as the low-quefrency part of the log spectrum. */
final class Cepstrum {

    private Cepstrum() {
    }

    /** Natural-log power envelope per bin, keeping quefrencies below {@code lifter} samples. */
    static double[] smoothLogPower(float[] power, int lifter, RealFft fft) {
        int n = fft.size();
        int bins = power.length;
        float[] buf = new float[n];
        // the log spectrum of a real signal is real and even, so its transform is the real cepstrum
        buf[0] = (float) Math.log(power[0] + 1e-12);
        buf[1] = (float) Math.log(power[bins - 1] + 1e-12);
        for (int k = 1; k < bins - 1; k++) {
            buf[2 * k] = (float) Math.log(power[k] + 1e-12);
            buf[2 * k + 1] = 0;
        }
        fft.inverse(buf);
        for (int q = lifter; q <= n - lifter; q++) {
            buf[q] = 0;
        }
        fft.forward(buf);
        double[] envelope = new double[bins];
        envelope[0] = buf[0];
        envelope[bins - 1] = buf[1];
        for (int k = 1; k < bins - 1; k++) {
            envelope[k] = buf[2 * k];
        }
        return envelope;
    }
}
