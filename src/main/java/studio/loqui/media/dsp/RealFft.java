package studio.loqui.media.dsp;

import org.jtransforms.fft.FloatFFT_1D;

/**
 * Real FFT of one size (JTransforms), with helpers between its packed layout and
 * magnitude or power spectra of {@code n/2 + 1} bins. Not thread-safe: one per worker.
 */
public final class RealFft {

    private final int size;
    private final FloatFFT_1D fft;

    public RealFft(int size) {
        this.size = size;
        this.fft = new FloatFFT_1D(size);
    }

    public int size() {
        return size;
    }

    public int bins() {
        return size / 2 + 1;
    }

    /** In place: JTransforms packing, {@code a[0]=Re0, a[1]=Re(n/2), a[2k]=Re k, a[2k+1]=Im k}. */
    public void forward(float[] data) {
        fft.realForward(data);
    }

    /** In place inverse of {@link #forward}, scaled so that inverse(forward(x)) == x. */
    public void inverse(float[] data) {
        fft.realInverse(data, true);
    }

    /** Power spectrum of a packed transform. */
    public float[] power(float[] packed) {
        float[] p = new float[bins()];
        p[0] = packed[0] * packed[0];
        p[size / 2] = packed[1] * packed[1];
        for (int k = 1; k < size / 2; k++) {
            float re = packed[2 * k];
            float im = packed[2 * k + 1];
            p[k] = re * re + im * im;
        }
        return p;
    }

    /** Multiplies each bin of a packed transform by a real gain of {@link #bins()} values. */
    public void applyGain(float[] packed, float[] gain) {
        packed[0] *= gain[0];
        packed[1] *= gain[size / 2];
        for (int k = 1; k < size / 2; k++) {
            packed[2 * k] *= gain[k];
            packed[2 * k + 1] *= gain[k];
        }
    }

    /** Windowed frame starting at {@code start} (zero outside the signal), zero-padded to the FFT size. */
    public float[] frame(float[] signal, int start, float[] window) {
        float[] buf = new float[size];
        for (int i = 0; i < window.length; i++) {
            int j = start + i;
            if (j >= 0 && j < signal.length) {
                buf[i] = signal[j] * window[i];
            }
        }
        return buf;
    }
}
