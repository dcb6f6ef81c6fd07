package studio.loqui.media.lipsync.training;

import studio.loqui.media.lipsync.MouthShape;

import java.util.Map;

/**
 * The mouth shape each MaryTTS (US English SAMPA) phone aims at: the labels the network learns.
 * Values follow the usual viseme classes: closed bilabials, lip-teeth fricatives, spread front
 * vowels, rounded back vowels and glides, wide-open low vowels.
 */
public final class VisemeTargets {

    private static final MouthShape NEUTRAL_VOWEL = shape(0.45, 0.2, 0.1);
    private static final Map<String, MouthShape> TARGETS = Map.ofEntries(
            Map.entry("_", MouthShape.CLOSED),
            Map.entry("p", shape(0, 0, 0.1)), Map.entry("b", shape(0, 0, 0.1)), Map.entry("m", shape(0, 0, 0.1)),
            Map.entry("f", shape(0.1, 0.2, 0)), Map.entry("v", shape(0.1, 0.2, 0)),
            Map.entry("T", shape(0.2, 0.3, 0)), Map.entry("D", shape(0.2, 0.3, 0)),
            Map.entry("t", shape(0.22, 0.35, 0)), Map.entry("d", shape(0.22, 0.35, 0)),
            Map.entry("n", shape(0.22, 0.3, 0)), Map.entry("l", shape(0.3, 0.3, 0)),
            Map.entry("s", shape(0.15, 0.5, 0)), Map.entry("z", shape(0.15, 0.5, 0)),
            Map.entry("S", shape(0.2, 0, 0.7)), Map.entry("Z", shape(0.2, 0, 0.7)),
            Map.entry("tS", shape(0.2, 0, 0.7)), Map.entry("dZ", shape(0.2, 0, 0.7)),
            Map.entry("k", shape(0.3, 0.2, 0)), Map.entry("g", shape(0.3, 0.2, 0)), Map.entry("N", shape(0.3, 0.2, 0)),
            Map.entry("h", shape(0.4, 0.2, 0)), Map.entry("j", shape(0.2, 0.6, 0)),
            Map.entry("r", shape(0.25, 0, 0.5)), Map.entry("w", shape(0.15, 0, 0.95)),
            Map.entry("A", shape(0.95, 0.2, 0)), Map.entry("{", shape(0.8, 0.6, 0)), Map.entry("V", shape(0.65, 0.2, 0)),
            Map.entry("E", shape(0.6, 0.5, 0)), Map.entry("EI", shape(0.5, 0.6, 0)), Map.entry("I", shape(0.4, 0.6, 0)),
            Map.entry("i", shape(0.3, 0.85, 0)), Map.entry("@", shape(0.4, 0.2, 0)), Map.entry("r=", shape(0.35, 0, 0.5)),
            Map.entry("O", shape(0.75, 0, 0.6)), Map.entry("OI", shape(0.6, 0.1, 0.5)), Map.entry("@U", shape(0.5, 0, 0.8)),
            Map.entry("U", shape(0.35, 0, 0.7)), Map.entry("u", shape(0.25, 0, 1)),
            Map.entry("AI", shape(0.85, 0.4, 0)), Map.entry("aU", shape(0.8, 0.1, 0.4)));

    private VisemeTargets() {
    }

    public static MouthShape of(String phone) {
        return TARGETS.getOrDefault(phone, NEUTRAL_VOWEL);
    }

    private static MouthShape shape(double open, double spread, double round) {
        return new MouthShape((float) open, (float) spread, (float) round);
    }
}
