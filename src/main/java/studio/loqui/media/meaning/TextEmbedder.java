package studio.loqui.media.meaning;

/** Turns a word or sentence into a vector whose direction carries its meaning. */
public interface TextEmbedder {

    /** A unit-length vector: the dot product of two is their cosine similarity. */
    float[] embed(String text);

    static double similarity(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
