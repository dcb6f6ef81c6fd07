package studio.loqui.media.voiceprint;

import studio.loqui.media.tts.PhoneClass;
import studio.loqui.media.tts.PhoneDurationScale;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How long a voice holds each class of phone compared with the synthesis engine saying the same words
 * ({@link PhoneDurationLearner}), or why the engine's own durations are kept. Part of the voice's profile,
 * so a plain record for Jackson.
 *
 * @param method  {@link #LEARNED} or {@link #ENGINE}
 * @param reason  for {@link #ENGINE}, why nothing was learned; else null
 * @param phones  phones the ratios were measured on
 * @param classes per phone class, what was measured and the factor synthesis applies
 */
public record PhoneDurations(String method, String reason, int phones, List<ClassDuration> classes) {

    public static final String LEARNED = "learned";
    public static final String ENGINE = "engine";

    /**
     * @param phoneClass    a {@link PhoneClass} name
     * @param phones        phones of the class measured
     * @param measuredRatio median over those phones of the speaker's duration over the engine's
     * @param factor        what synthesis multiplies the class's durations by: the measured ratio shrunk towards
     *                      the overall one by how few phones the class had, within the learner's limits
     */
    public record ClassDuration(String phoneClass, int phones, double measuredRatio, double factor) {
    }

    public static PhoneDurations engine(String reason) {
        return new PhoneDurations(ENGINE, reason, 0, List.of());
    }

    public boolean learned() {
        return LEARNED.equals(method) && classes != null && !classes.isEmpty();
    }

    /** The factors for synthesis; null when nothing was learned. */
    public PhoneDurationScale scale() {
        if (!learned()) {
            return null;
        }
        Map<PhoneClass, Double> factors = new EnumMap<>(PhoneClass.class);
        classes.forEach(c -> factors.put(PhoneClass.valueOf(c.phoneClass()), c.factor()));
        return new PhoneDurationScale(factors);
    }

    /** Factor for a class, 1 where none was learned. */
    public double factor(PhoneClass phoneClass) {
        return classes == null ? 1.0 : classes.stream().filter(c -> c.phoneClass().equals(phoneClass.name()))
                .mapToDouble(ClassDuration::factor).findFirst().orElse(1.0);
    }

    /** For the voice's report, e.g. "learned from 63 phones: vowels 1.12x, stops 0.91x, ...". */
    public String describe() {
        if (!learned()) {
            return "the engine's own: " + reason;
        }
        return "learned from " + phones + " phones: " + classes.stream()
                .map(c -> String.format(Locale.ROOT, "%s %.2fx", PhoneClass.valueOf(c.phoneClass()).plural(),
                        c.factor()))
                .collect(Collectors.joining(", "));
    }
}
