package studio.loqui.media.audio;

/** Two channels of the same rate and length, as {@link PcmAudio} each. */
public record StereoPcm(PcmAudio left, PcmAudio right) {

    public StereoPcm {
        if (left.sampleRate() != right.sampleRate() || left.length() != right.length()) {
            throw new IllegalArgumentException("channels differ in rate or length");
        }
    }

    public int sampleRate() {
        return left.sampleRate();
    }

    public int length() {
        return left.length();
    }

    public double durationSeconds() {
        return left.durationSeconds();
    }

    /** True when both channels carry the same samples: a mono source decoded as two channels. */
    public boolean isMono() {
        return java.util.Arrays.equals(left.samples(), right.samples());
    }

    /** The two channels' mean. */
    public PcmAudio mid() {
        float[] m = new float[length()];
        for (int n = 0; n < m.length; n++) {
            m[n] = 0.5f * (left.samples()[n] + right.samples()[n]);
        }
        return new PcmAudio(m, sampleRate());
    }

    /** 16-bit signed little-endian samples, left then right for each instant, clipped to full scale. */
    public byte[] toPcm16le() {
        byte[] l = left.toPcm16le();
        byte[] r = right.toPcm16le();
        byte[] out = new byte[l.length * 2];
        for (int i = 0; i < l.length; i += 2) {
            out[2 * i] = l[i];
            out[2 * i + 1] = l[i + 1];
            out[2 * i + 2] = r[i];
            out[2 * i + 3] = r[i + 1];
        }
        return out;
    }

    static StereoPcm deinterleave(float[] interleaved, int sampleRate) {
        float[] l = new float[interleaved.length / 2];
        float[] r = new float[l.length];
        for (int n = 0; n < l.length; n++) {
            l[n] = interleaved[2 * n];
            r[n] = interleaved[2 * n + 1];
        }
        return new StereoPcm(new PcmAudio(l, sampleRate), new PcmAudio(r, sampleRate));
    }
}
