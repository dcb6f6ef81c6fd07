package studio.loqui.dubbing.dub;

import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.Resampler;

/**
 * The dub's sound: the original's background with the dubbed voice over it, all as long as the background
 * (the original's own length), and the two stems it was mixed from. The dubbed voice is brought to the loudness
 * of the speech it replaces (what the speech remover took out), then lowered if it would clip the mix; the
 * background is never changed, so music and ambience keep their level. {@code gain} is what the voice track was
 * multiplied by; an edited phrase is mixed again with the same ({@link DubRemix}).
 */
record DubMix(PcmAudio background, PcmAudio voice, PcmAudio mixed, double gain) {

    private static final float CEILING = 0.98f;
    /** Loudness is measured over 20 ms frames within this of the loudest one, so pauses do not count. */
    private static final double ACTIVE_DB = 30;
    private static final double MAX_GAIN = 4;

    static DubMix of(PcmAudio original, PcmAudio background, PcmAudio voiceTrack) {
        int rate = background.sampleRate();
        float[] voice = new float[background.length()];
        PcmAudio atRate = Resampler.toRate(voiceTrack, rate);
        System.arraycopy(atRate.samples(), 0, voice, 0, Math.min(voice.length, atRate.length()));
        float[] removed = new float[voice.length];
        for (int n = 0; n < removed.length && n < original.length(); n++) {
            removed[n] = original.samples()[n] - background.samples()[n];
        }
        double voiceLevel = activeRms(voice, rate);
        double gain = voiceLevel > 0 ? Math.min(MAX_GAIN, Math.max(1 / MAX_GAIN, activeRms(removed, rate) / voiceLevel)) : 1;
        gain = Math.min(gain, headroom(background.samples(), voice));
        float[] mixed = new float[voice.length];
        for (int n = 0; n < mixed.length; n++) {
            voice[n] *= (float) gain;
            mixed[n] = background.samples()[n] + voice[n];
        }
        return new DubMix(background, new PcmAudio(voice, rate), new PcmAudio(mixed, rate), gain);
    }

    /** The largest voice gain that keeps the mix under {@link #CEILING}. */
    static double headroom(float[] background, float[] voice) {
        double most = Double.MAX_VALUE;
        for (int n = 0; n < voice.length; n++) {
            double v = Math.abs(voice[n]);
            if (v > 1e-4) {
                most = Math.min(most, Math.max(0, CEILING - Math.abs(background[n])) / v);
            }
        }
        return most;
    }

    private static double activeRms(float[] x, int rate) {
        int frame = rate / 50;
        int frames = x.length / frame;
        double[] power = new double[frames];
        double loudest = 0;
        for (int f = 0; f < frames; f++) {
            for (int n = f * frame; n < (f + 1) * frame; n++) {
                power[f] += x[n] * (double) x[n];
            }
            power[f] /= frame;
            loudest = Math.max(loudest, power[f]);
        }
        double threshold = loudest * Math.pow(10, -ACTIVE_DB / 10);
        double sum = 0;
        int count = 0;
        for (double p : power) {
            if (p > threshold && p > 0) {
                sum += p;
                count++;
            }
        }
        return count == 0 ? 0 : Math.sqrt(sum / count);
    }
}
