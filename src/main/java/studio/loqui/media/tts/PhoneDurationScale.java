package studio.loqui.media.tts;

import java.util.EnumMap;
import java.util.Map;

/**
 * Factors on the engine's own phone durations, per {@link PhoneClass}: a speaker's habit of drawing out
 * vowels or clipping stops, for engines that model durations per phone (MaryTTS's HMM voice). Classes
 * left out keep the engine's durations. Applies on top of {@link VoiceOptions#speed()}.
 */
public record PhoneDurationScale(Map<PhoneClass, Double> factors) {

    public static final double MIN_FACTOR = 0.5;
    public static final double MAX_FACTOR = 2.0;

    public PhoneDurationScale {
        EnumMap<PhoneClass, Double> copy = new EnumMap<>(PhoneClass.class);
        factors.forEach((c, f) -> {
            if (!(f >= MIN_FACTOR && f <= MAX_FACTOR)) {
                throw new SynthesisException("a phone duration factor must be between 0.5 and 2, was " + f);
            }
            copy.put(c, f);
        });
        factors = copy;
    }

    /** The factor on a phone of the engine's phone set; 1 for phones of no known class. */
    public double factorFor(String phone) {
        return PhoneClass.of(phone).map(c -> factors.getOrDefault(c, 1.0)).orElse(1.0);
    }
}
