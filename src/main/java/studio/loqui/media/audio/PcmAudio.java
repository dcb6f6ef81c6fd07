package studio.loqui.media.audio;

import java.util.Arrays;

/**
 * Mono audio as float samples in [-1, 1] at a sample rate. The array is owned by the record:
 * callers that modify samples work on a {@link #copy()}.
 */
public record PcmAudio(float[] samples, int sampleRate) {

    public PcmAudio {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
        }
    }

    public int length() {
        return samples.length;
    }

    public double durationSeconds() {
        return samples.length / (double) sampleRate;
    }

    public PcmAudio copy() {
        return new PcmAudio(samples.clone(), sampleRate);
    }

    /** Samples from {@code startSeconds} (inclusive) to {@code endSeconds} (exclusive), clamped to the audio. */
    public PcmAudio slice(double startSeconds, double endSeconds) {
        int from = Math.max(0, (int) Math.round(startSeconds * sampleRate));
        int to = Math.min(samples.length, (int) Math.round(endSeconds * sampleRate));
        return new PcmAudio(Arrays.copyOfRange(samples, Math.min(from, to), to), sampleRate);
    }

    /** 16-bit signed little-endian samples, clipped to full scale. */
    public byte[] toPcm16le() {
        byte[] out = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            int v = Math.round(Math.max(-1f, Math.min(1f, samples[i])) * 32767f);
            out[2 * i] = (byte) v;
            out[2 * i + 1] = (byte) (v >> 8);
        }
        return out;
    }

    public static PcmAudio fromPcm16le(byte[] bytes, int offset, int length, int sampleRate) {
        float[] samples = new float[length / 2];
        for (int i = 0; i < samples.length; i++) {
            int lo = bytes[offset + 2 * i] & 0xff;
            int hi = bytes[offset + 2 * i + 1];
            samples[i] = (short) ((hi << 8) | lo) / 32768f;
        }
        return new PcmAudio(samples, sampleRate);
    }
}
