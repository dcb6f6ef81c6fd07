package studio.loqui.media.face;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A 68-point face landmark regressor read from dlib's serialized {@code shape_predictor} (Kazemi and
 * Sullivan's cascade of regression trees), evaluated by this class on a grayscale image.
 */
public final class ShapePredictor {

    private final float[] meanShape;
    private final CascadeStage[] stages;

    private ShapePredictor(float[] meanShape, CascadeStage[] stages) {
        this.meanShape = meanShape;
        this.stages = stages;
    }

    public static ShapePredictor load(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = new BufferedInputStream(raw, 1 << 20)) {
            return read(new DlibInput(in));
        }
    }

    private static ShapePredictor read(DlibInput in) throws IOException {
        long version = in.readInt();
        if (version != 1) {
            throw new IOException("unsupported dlib shape_predictor version " + version);
        }
        float[] meanShape = in.readColumn();
        RegressionTree[][] forests = new RegressionTree[in.readCount(1000)][];
        for (int s = 0; s < forests.length; s++) {
            forests[s] = readForest(in);
        }
        int[][] anchors = readAnchors(in, forests.length);
        CascadeStage[] stages = new CascadeStage[forests.length];
        if (in.readCount(1000) != forests.length) {
            throw new IOException("dlib model has mismatched cascade lengths");
        }
        for (int s = 0; s < stages.length; s++) {
            int n = in.readCount(1 << 20);
            float[] dx = new float[n];
            float[] dy = new float[n];
            for (int i = 0; i < n; i++) {
                dx[i] = in.readFloat();
                dy[i] = in.readFloat();
            }
            stages[s] = new CascadeStage(forests[s], anchors[s], dx, dy);
        }
        return new ShapePredictor(meanShape, stages);
    }

    private static RegressionTree[] readForest(DlibInput in) throws IOException {
        RegressionTree[] trees = new RegressionTree[in.readCount(100_000)];
        for (int t = 0; t < trees.length; t++) {
            int splits = in.readCount(1 << 20);
            int[] first = new int[splits];
            int[] second = new int[splits];
            float[] threshold = new float[splits];
            for (int i = 0; i < splits; i++) {
                first[i] = (int) in.readInt();
                second[i] = (int) in.readInt();
                threshold[i] = in.readFloat();
            }
            float[][] leaves = new float[in.readCount(1 << 20)][];
            for (int i = 0; i < leaves.length; i++) {
                leaves[i] = in.readColumn();
            }
            trees[t] = new RegressionTree(first, second, threshold, leaves);
        }
        return trees;
    }

    private static int[][] readAnchors(DlibInput in, int stageCount) throws IOException {
        if (in.readCount(1000) != stageCount) {
            throw new IOException("dlib model has mismatched cascade lengths");
        }
        int[][] anchors = new int[stageCount][];
        for (int s = 0; s < stageCount; s++) {
            anchors[s] = new int[in.readCount(1 << 20)];
            for (int i = 0; i < anchors[s].length; i++) {
                anchors[s][i] = (int) in.readInt();
            }
        }
        return anchors;
    }

    public int pointCount() {
        return meanShape.length / 2;
    }

    /** The mean shape in the unit square of a face box: x0, y0, x1, y1, ... */
    public float[] meanShape() {
        return meanShape.clone();
    }

    /** Landmarks (x0, y0, x1, y1, ...) in image pixels for a face inside {@code box}. */
    public double[] predict(GrayImage image, FaceBox box) {
        float[] shape = meanShape.clone();
        float[] pixels = new float[0];
        for (CascadeStage stage : stages) {
            pixels = samplePixels(image, box, shape, stage, pixels);
            for (RegressionTree tree : stage.trees()) {
                float[] leaf = tree.leafFor(pixels);
                for (int i = 0; i < shape.length; i++) {
                    shape[i] += leaf[i];
                }
            }
        }
        double[] points = new double[shape.length];
        for (int i = 0; i < shape.length; i += 2) {
            points[i] = toImageX(box, shape[i]);
            points[i + 1] = toImageY(box, shape[i + 1]);
        }
        return points;
    }

    private float[] samplePixels(GrayImage image, FaceBox box, float[] shape, CascadeStage stage, float[] reuse) {
        float[] pixels = reuse.length == stage.anchors().length ? reuse : new float[stage.anchors().length];
        double[] rotation = SimilarityFit.rotationScale(meanShape, shape);
        double a = rotation[0];
        double b = rotation[1];
        for (int i = 0; i < pixels.length; i++) {
            int anchor = stage.anchors()[i];
            double dx = stage.deltaX()[i];
            double dy = stage.deltaY()[i];
            double u = a * dx - b * dy + shape[2 * anchor];
            double v = b * dx + a * dy + shape[2 * anchor + 1];
            pixels[i] = image.at(Math.round(toImageX(box, u)), Math.round(toImageY(box, v)));
        }
        return pixels;
    }

    // dlib's rectangles are inclusive, so the unit square spans width - 1 pixels.
    static double toImageX(FaceBox box, double u) {
        return box.x() + u * (box.width() - 1);
    }

    static double toImageY(FaceBox box, double v) {
        return box.y() + v * (box.height() - 1);
    }
}
