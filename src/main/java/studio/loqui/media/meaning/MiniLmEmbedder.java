package studio.loqui.media.meaning;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The all-MiniLM-L6-v2 sentence embedding (quantised, 384 dimensions), run offline by ONNX Runtime from the
 * model inside the langchain4j jar. The model loads once, on first use; texts already embedded are kept.
 */
public final class MiniLmEmbedder implements TextEmbedder {

    private static final MiniLmEmbedder SHARED = new MiniLmEmbedder();
    private static final int MAX_KEPT = 20_000;

    private final Map<String, float[]> kept = new ConcurrentHashMap<>();
    private volatile EmbeddingModel model;

    private MiniLmEmbedder() {
    }

    public static MiniLmEmbedder shared() {
        return SHARED;
    }

    @Override
    public float[] embed(String text) {
        float[] vector = kept.get(text);
        if (vector == null) {
            vector = unit(model().embed(text).content().vector());
            if (kept.size() < MAX_KEPT) {
                kept.put(text, vector);
            }
        }
        return vector;
    }

    private static float[] unit(float[] vector) {
        double norm = Math.sqrt(TextEmbedder.similarity(vector, vector));
        for (int i = 0; i < vector.length && norm > 0; i++) {
            vector[i] /= (float) norm;
        }
        return vector;
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                }
                loaded = model;
            }
        }
        return loaded;
    }
}
