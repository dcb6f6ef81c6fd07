package studio.loqui.media.render;

import java.util.Map;

/**
 * Which mouth shape a phone (MaryTTS's US English SAMPA symbols) is made with, and how strongly it
 * insists on it against its neighbours: the lips must really meet for "m", "b", "p" and touch the
 * teeth for "f", "v", while vowels and most consonants give way (coarticulation).
 */
final class PhonemeVisemes {

    private static final Map<String, Viseme> SHAPES = Map.ofEntries(
            Map.entry("p", Viseme.CLOSED), Map.entry("b", Viseme.CLOSED), Map.entry("m", Viseme.CLOSED),
            Map.entry("f", Viseme.LIP_BITE), Map.entry("v", Viseme.LIP_BITE),
            Map.entry("A", Viseme.OPEN), Map.entry("V", Viseme.OPEN), Map.entry("{", Viseme.OPEN),
            Map.entry("aI", Viseme.OPEN), Map.entry("aU", Viseme.OPEN), Map.entry("@", Viseme.OPEN),
            Map.entry("i", Viseme.WIDE), Map.entry("I", Viseme.WIDE), Map.entry("j", Viseme.WIDE),
            Map.entry("E", Viseme.WIDE), Map.entry("EI", Viseme.WIDE),
            Map.entry("u", Viseme.ROUND), Map.entry("U", Viseme.ROUND), Map.entry("w", Viseme.ROUND),
            Map.entry("O", Viseme.ROUND), Map.entry("OI", Viseme.ROUND), Map.entry("@U", Viseme.ROUND),
            Map.entry("r", Viseme.ROUND), Map.entry("r=", Viseme.ROUND));
    private static final double LIPS_MUST_MEET = 4;
    private static final double GIVES_WAY = 1;

    private PhonemeVisemes() {
    }

    /** The pose of {@code phone}: a pause ("_") is the photo's own mouth, other consonants show the teeth. */
    static MouthPose pose(String phone) {
        if (phone.equals("_")) {
            return MouthPose.REST;
        }
        return SHAPES.getOrDefault(phone, Viseme.TEETH).pose();
    }

    static double dominance(String phone) {
        Viseme v = SHAPES.get(phone);
        return v == Viseme.CLOSED || v == Viseme.LIP_BITE ? LIPS_MUST_MEET : GIVES_WAY;
    }
}
