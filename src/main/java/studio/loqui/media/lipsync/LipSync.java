package studio.loqui.media.lipsync;

/**
 * The mouth shape of every video frame of a clip: the network's per-hop guess, gated shut where there
 * is no voice, lightly smoothed as a real jaw would move, then averaged over each frame's time span.
 */
public final class LipSync {

    private static final double SMOOTHING_HOPS = 1.5;

    private final LipSyncModel model;

    public LipSync(LipSyncModel model) {
        this.model = model;
    }

    /** One shape per frame for {@code frames} frames at {@code fps} over 16 kHz mono speech. */
    public MouthShape[] shapes(float[] samples16k, double fps, int frames) {
        float[][] raw = model.predict(SpeechFeatures.of(samples16k));
        float[] gate = VoiceActivity.of(samples16k);
        float[][] tracks = new float[LipSyncNetwork.OUTPUTS][raw.length];
        for (int h = 0; h < raw.length; h++) {
            for (int p = 0; p < LipSyncNetwork.OUTPUTS; p++) {
                tracks[p][h] = raw[h][p] * gate[Math.min(h, gate.length - 1)];
            }
        }
        for (int p = 0; p < tracks.length; p++) {
            tracks[p] = Smoothing.gaussian(tracks[p], SMOOTHING_HOPS);
        }
        return perFrame(tracks, fps, frames);
    }

    private static MouthShape[] perFrame(float[][] tracks, double fps, int frames) {
        MouthShape[] shapes = new MouthShape[frames];
        double hopsPerFrame = LogMelSpectrogram.HOPS_PER_SECOND / fps;
        for (int f = 0; f < frames; f++) {
            int from = (int) Math.floor(f * hopsPerFrame);
            int to = Math.max(from + 1, (int) Math.floor((f + 1) * hopsPerFrame));
            shapes[f] = new MouthShape(mean(tracks[0], from, to), mean(tracks[1], from, to), mean(tracks[2], from, to));
        }
        return shapes;
    }

    private static float mean(float[] track, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int i = from; i < to && i < track.length; i++) {
            sum += track[i];
            n++;
        }
        return n == 0 ? 0 : (float) (sum / n);
    }
}
