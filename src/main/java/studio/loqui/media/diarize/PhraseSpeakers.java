package studio.loqui.media.diarize;

import java.util.ArrayList;
import java.util.List;

/**
 * Agglomerative clustering of phrases by voice, average linkage: every phrase starts as its own speaker and
 * the two closest speakers merge while their distance stays under {@link #MERGE_BELOW}. The distance adds the
 * pitch gap in units of {@link #PITCH_SEMITONES} and the MFCC distance in units of {@link #MFCC_DISTANCE}; one
 * reader's sentences measured 0.8 to 1.5 apart, a man and a woman 8 to 10.
 */
public final class PhraseSpeakers {

    static final double PITCH_SEMITONES = 4.0;
    static final double MFCC_DISTANCE = 6.0;
    static final double MERGE_BELOW = 3.0;

    private PhraseSpeakers() {
    }

    /** One label per phrase, speakers numbered 0, 1, ... in the order they first speak. */
    public static int[] labels(List<PhraseVoice> phrases) {
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            clusters.add(new ArrayList<>(List.of(i)));
        }
        while (clusters.size() > 1) {
            int bestA = -1;
            int bestB = -1;
            double best = Double.MAX_VALUE;
            for (int a = 0; a < clusters.size(); a++) {
                for (int b = a + 1; b < clusters.size(); b++) {
                    double d = linkage(clusters.get(a), clusters.get(b), phrases);
                    if (d < best) {
                        best = d;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (best >= MERGE_BELOW) {
                break;
            }
            clusters.get(bestA).addAll(clusters.remove(bestB));
        }
        clusters.sort((x, y) -> Integer.compare(x.stream().min(Integer::compare).orElseThrow(),
                y.stream().min(Integer::compare).orElseThrow()));
        int[] labels = new int[phrases.size()];
        for (int c = 0; c < clusters.size(); c++) {
            for (int i : clusters.get(c)) {
                labels[i] = c;
            }
        }
        return labels;
    }

    static double distance(PhraseVoice a, PhraseVoice b) {
        double pitch = Double.isNaN(a.medianSemitones()) || Double.isNaN(b.medianSemitones())
                ? 0 : Math.abs(a.medianSemitones() - b.medianSemitones());
        return pitch / PITCH_SEMITONES + a.spectrum().mfccDistance(b.spectrum()) / MFCC_DISTANCE;
    }

    private static double linkage(List<Integer> a, List<Integer> b, List<PhraseVoice> phrases) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                sum += distance(phrases.get(i), phrases.get(j));
            }
        }
        return sum / (a.size() * b.size());
    }
}
