package studio.loqui.media.lipsync;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The trained lip-sync network loaded with DJL's PyTorch engine, which puts it on the GPU when there
 * is one. Turns feature windows into raw mouth parameters, one row per hop.
 */
public final class LipSyncModel implements AutoCloseable {

    /** The weights' folder name under {@code models/}. */
    public static final String NAME = "lipsync";
    /** The summary {@code LipSyncTrainer} writes beside the weights. */
    public static final String TRAINING_SUMMARY = "TRAINING.txt";
    /** Where the project keeps the weights that {@code LipSyncTrainer} writes. */
    public static final Path DEFAULT_DIRECTORY = Path.of("models", NAME);

    private final Model model;

    private LipSyncModel(Model model) {
        this.model = model;
    }

    public static LipSyncModel load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("Lip-sync weights not found in " + directory.toAbsolutePath()
                    + "; rebuild them with the command in models/README.md");
        }
        Model model = Model.newInstance(LipSyncNetwork.NAME);
        model.setBlock(LipSyncNetwork.build());
        try {
            model.load(directory, LipSyncNetwork.NAME);
            return new LipSyncModel(model);
        } catch (IOException e) {
            model.close();
            throw new UncheckedIOException("Lip-sync weights in " + directory + " unreadable", e);
        } catch (MalformedModelException e) {
            model.close();
            throw new IllegalStateException("Lip-sync weights in " + directory + " do not fit the network", e);
        }
    }

    public String device() {
        return model.getNDManager().getDevice().toString();
    }

    /** Mouth parameters (open, spread, round) for every hop of {@code features}. */
    public float[][] predict(SpeechFeatures features) {
        int hops = features.hops();
        float[] input = new float[hops * SpeechFeatures.SIZE];
        for (int h = 0; h < hops; h++) {
            features.window(h, input, h * SpeechFeatures.SIZE);
        }
        try (NDManager manager = model.getNDManager().newSubManager();
             Predictor<NDList, NDList> predictor = model.newPredictor(new NoopTranslator())) {
            NDArray batch = manager.create(input, new Shape(hops, SpeechFeatures.SIZE));
            float[] flat = predictor.predict(new NDList(batch)).singletonOrThrow().toFloatArray();
            float[][] rows = new float[hops][LipSyncNetwork.OUTPUTS];
            for (int h = 0; h < hops; h++) {
                System.arraycopy(flat, h * LipSyncNetwork.OUTPUTS, rows[h], 0, LipSyncNetwork.OUTPUTS);
            }
            return rows;
        } catch (TranslateException e) {
            throw new IllegalStateException("Lip-sync network failed", e);
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
