package studio.loqui.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares a lip-synced video with its source frame by frame, as decoded: whether the face-less frames are
 * byte-identical, and (by {@link HaarMouthMeter}, not the project's detector) how the mouth opening follows
 * the new speech's envelope and how open it is in the speech's leading silence against the source.
 */
public record LipSyncMeasurement(int facelessCompared, int facelessIdentical, double r, int measured,
                                 double silentOpening, double silentSourceOpening, double widest) {

    public static LipSyncMeasurement of(Path ffmpeg, MovingFaceVideo video, Path source, Path output,
                                        float[] speech16k, double leadSeconds) throws IOException {
        HaarMouthMeter meter = new HaarMouthMeter();
        List<double[]> pairs = new ArrayList<>();
        int compared = 0, identical = 0, silent = 0;
        double silentOut = 0, silentIn = 0;
        try (RawFrames before = new RawFrames(ffmpeg, source, video.width, video.height);
             RawFrames after = new RawFrames(ffmpeg, output, video.width, video.height)) {
            for (int f = 0; ; f++) {
                byte[] a = before.next();
                byte[] b = after.next();
                if (a == null || b == null) {
                    break;
                }
                if (video.faceless(f)) {
                    compared++;
                    identical += Arrays.equals(a, b) ? 1 : 0;
                    continue;
                }
                double open = meter.opening(b, video.width, video.height);
                if (Double.isNaN(open)) {
                    continue;
                }
                pairs.add(new double[] {open, rms(speech16k, f, video.fps)});
                if ((f + 4.0) / video.fps < leadSeconds) {
                    double was = meter.opening(a, video.width, video.height);
                    if (!Double.isNaN(was)) {
                        silentOut += open;
                        silentIn += was;
                        silent++;
                    }
                }
            }
        }
        double[] opening = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] sound = pairs.stream().mapToDouble(p -> p[1]).toArray();
        return new LipSyncMeasurement(compared, identical, pearson(opening, sound), opening.length,
                silent == 0 ? Double.NaN : silentOut / silent, silent == 0 ? Double.NaN : silentIn / silent,
                Arrays.stream(opening).max().orElse(0));
    }

    private static double rms(float[] samples, int frame, int fps) {
        int from = (int) ((long) frame * 16000 / fps);
        int to = Math.min(samples.length, (int) ((long) (frame + 1) * 16000 / fps));
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += samples[i] * samples[i];
        }
        return to > from ? Math.sqrt(sum / (to - from)) : 0;
    }

    public static double pearson(double[] a, double[] b) {
        int n = Math.min(a.length, b.length);
        double ma = Arrays.stream(a, 0, n).average().orElse(0);
        double mb = Arrays.stream(b, 0, n).average().orElse(0);
        double cov = 0, va = 0, vb = 0;
        for (int i = 0; i < n; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }
        return cov / Math.sqrt(va * vb);
    }
}
