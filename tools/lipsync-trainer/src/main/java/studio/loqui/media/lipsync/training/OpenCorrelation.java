package studio.loqui.media.lipsync.training;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import studio.loqui.media.lipsync.LipSyncNetwork;
import studio.loqui.media.lipsync.SpeechFeatures;

/** How well the trained network's openness follows the labels of held-out sentences (Pearson r). */
final class OpenCorrelation {

    private OpenCorrelation() {
    }

    static double of(Model model, TrainingSet set) throws TranslateException {
        try (NDManager manager = model.getNDManager().newSubManager();
             Predictor<NDList, NDList> predictor = model.newPredictor(new NoopTranslator())) {
            NDList input = new NDList(manager.create(set.inputs(), new Shape(set.size(), SpeechFeatures.SIZE)));
            float[] predicted = predictor.predict(input).singletonOrThrow().toFloatArray();
            float[] labels = set.targets();
            return pearson(predicted, labels, LipSyncNetwork.OUTPUTS);
        }
    }

    // Column 0 (openness) of two row-major matrices with the given row width.
    private static double pearson(float[] a, float[] b, int width) {
        int n = a.length / width;
        double ma = 0, mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i * width];
            mb += b[i * width];
        }
        ma /= n;
        mb /= n;
        double cov = 0, va = 0, vb = 0;
        for (int i = 0; i < n; i++) {
            double da = a[i * width] - ma, db = b[i * width] - mb;
            cov += da * db;
            va += da * da;
            vb += db * db;
        }
        return cov / Math.sqrt(va * vb);
    }
}
