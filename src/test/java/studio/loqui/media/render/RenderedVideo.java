package studio.loqui.media.render;

import studio.loqui.media.face.FaceLandmarks;

import java.util.List;

/** Measurements on decoded frames of an avatar video compared with the scene's still picture. */
final class RenderedVideo {

    private static final int DARKER_BY = 24;
    private static final int SWAY = 2;
    private static final int CAVITY_LUMA = 80;

    private final List<byte[]> frames;
    private final AvatarScene scene;

    RenderedVideo(List<byte[]> frames, AvatarScene scene) {
        this.frames = frames;
        this.scene = scene;
    }

    /**
     * Per frame, the share of the mouth box that is dark and clearly darker than in the still: the open cavity.
     * The still is compared at the best of small shifts, so the head's slight sway does not count.
     */
    double[] mouthOpening() {
        FaceLandmarks l = scene.landmarks();
        double margin = 0.1 * l.distance(48, 54);
        int x0 = (int) (l.x(48) - margin);
        int x1 = (int) (l.x(54) + margin);
        int y0 = (int) Math.min(l.y(50), l.y(52));
        int y1 = (int) l.y(8);
        double[] opening = new double[frames.size()];
        for (int f = 0; f < frames.size(); f++) {
            int fewest = Integer.MAX_VALUE;
            for (int sy = -SWAY; sy <= SWAY; sy++) {
                for (int sx = -SWAY; sx <= SWAY; sx++) {
                    fewest = Math.min(fewest, darkerPixels(frames.get(f), x0, x1, y0, y1, sx, sy));
                }
            }
            opening[f] = (double) fewest / ((x1 - x0) * (y1 - y0));
        }
        return opening;
    }

    /** Per frame, the share of the mouth box that is bright and grey: teeth, the photo's or drawn. */
    double[] teethShare() {
        FaceLandmarks l = scene.landmarks();
        double margin = 0.1 * l.distance(48, 54);
        int x0 = (int) (l.x(48) - margin);
        int x1 = (int) (l.x(54) + margin);
        int y0 = (int) Math.min(l.y(50), l.y(52));
        int y1 = (int) l.y(8);
        double[] share = new double[frames.size()];
        for (int f = 0; f < frames.size(); f++) {
            int teeth = 0;
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    if (isTooth(frames.get(f), x, y)) {
                        teeth++;
                    }
                }
            }
            share[f] = (double) teeth / ((x1 - x0) * (y1 - y0));
        }
        return share;
    }

    private boolean isTooth(byte[] rgb, int x, int y) {
        int at = (y * scene.resolution() + x) * 3;
        int r = rgb[at] & 0xFF, g = rgb[at + 1] & 0xFF, b = rgb[at + 2] & 0xFF;
        int max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b));
        return luma(rgb, x, y) > 160 && max > 0 && (max - min) / (double) max < 0.2;
    }

    private int darkerPixels(byte[] frame, int x0, int x1, int y0, int y1, int sx, int sy) {
        int dark = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                double now = luma(frame, x, y);
                if (now < CAVITY_LUMA && luma(scene.rgb(), x + sx, y + sy) - now > DARKER_BY) {
                    dark++;
                }
            }
        }
        return dark;
    }

    /** Per frame, how far down (pixels) the chin patch moved against the still, by block matching. */
    double[] chinDrop() {
        FaceLandmarks l = scene.landmarks();
        double w = l.distance(48, 54);
        PatchMotion motion = new PatchMotion(scene.rgb(), scene.resolution());
        double[] drop = new double[frames.size()];
        for (int f = 0; f < frames.size(); f++) {
            drop[f] = motion.shift(frames.get(f), l.x(8), l.y(8) - 0.1 * w, (int) (0.3 * w), (int) (0.15 * w), (int) (0.4 * w))[1];
        }
        return drop;
    }

    /** Luma PSNR in dB of every frame against the still, over pixels outside {@code animated}. */
    double psnrOutside(PixelRegion animated) {
        double squared = 0;
        long count = 0;
        int side = scene.resolution();
        for (byte[] frame : frames) {
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    if (!animated.contains(x, y)) {
                        double d = luma(frame, x, y) - luma(scene.rgb(), x, y);
                        squared += d * d;
                        count++;
                    }
                }
            }
        }
        double mse = squared / count;
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255 * 255 / mse);
    }

    /**
     * PSNR in dB of the coded luma planes against the still's luma (as the encoder was given it) over
     * pixels outside {@code animated}: what the picture carries, before 4:2:0 chroma and RGB clipping.
     */
    static double lumaPsnrOutside(List<byte[]> lumaPlanes, AvatarScene scene, PixelRegion animated) {
        int side = scene.resolution();
        byte[] rgb = scene.rgb();
        double squared = 0;
        long count = 0;
        for (byte[] plane : lumaPlanes) {
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    if (!animated.contains(x, y)) {
                        int at = (y * side + x) * 3;
                        double d = (plane[y * side + x] & 0xFF) - Yuv420Frame.luma(rgb[at] & 0xFF, rgb[at + 1] & 0xFF, rgb[at + 2] & 0xFF);
                        squared += d * d;
                        count++;
                    }
                }
            }
        }
        double mse = squared / count;
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255 * 255 / mse);
    }

    /** Mean absolute luma change of the eye area against the still, per frame. */
    double[] eyeChange() {
        FaceLandmarks l = scene.landmarks();
        int x0 = (int) l.x(36);
        int x1 = (int) l.x(45);
        int y0 = (int) (l.meanY(36, 47) - 0.15 * (x1 - x0));
        int y1 = (int) (l.meanY(36, 47) + 0.1 * (x1 - x0));
        double[] change = new double[frames.size()];
        for (int f = 0; f < frames.size(); f++) {
            double sum = 0;
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    sum += Math.abs(luma(frames.get(f), x, y) - luma(scene.rgb(), x, y));
                }
            }
            change[f] = sum / ((x1 - x0) * (y1 - y0));
        }
        return change;
    }

    private double luma(byte[] rgb, int x, int y) {
        int at = (y * scene.resolution() + x) * 3;
        return 0.299 * (rgb[at] & 0xFF) + 0.587 * (rgb[at + 1] & 0xFF) + 0.114 * (rgb[at + 2] & 0xFF);
    }

    static double pearson(double[] a, double[] b) {
        int n = Math.min(a.length, b.length);
        double ma = 0, mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double cov = 0, va = 0, vb = 0;
        for (int i = 0; i < n; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }
        return cov / Math.sqrt(va * vb);
    }

    /** RMS of the samples that sound during each video frame. */
    static double[] envelope(float[] samples16k, int fps, int frames) {
        double[] rms = new double[frames];
        for (int f = 0; f < frames; f++) {
            int from = (int) ((long) f * 16000 / fps);
            int to = Math.min(samples16k.length, (int) ((long) (f + 1) * 16000 / fps));
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += samples16k[i] * samples16k[i];
            }
            rms[f] = to > from ? Math.sqrt(sum / (to - from)) : 0;
        }
        return rms;
    }
}
