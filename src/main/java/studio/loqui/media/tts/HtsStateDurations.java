package studio.loqui.media.tts;

import marytts.htsengine.HMMData;
import marytts.htsengine.HTSModel;
import marytts.htsengine.HTSUttModel;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rescales an utterance's HMM state durations per phone before parameter generation, keeping what Mary
 * derives from them consistent: each phone's total frames and realised milliseconds (which become the
 * realised durations written into the phones), the utterance's frames and its voiced frames. Rounding
 * is carried from phone to phone of a class, so that each class's length is what its factor asks for.
 */
final class HtsStateDurations {

    private HtsStateDurations() {
    }

    static void scale(HTSUttModel utterance, PhoneDurationScale scale, HMMData data) {
        int states = data.getCartTreeSet().getNumStates();
        float frameMillis = 1000f * data.getFperiod() / data.getRate();
        Map<PhoneClass, Double> carried = new EnumMap<>(PhoneClass.class);
        int totalFrames = 0;
        int voicedFrames = 0;
        for (int i = 0; i < utterance.getNumUttModel(); i++) {
            HTSModel phone = utterance.getUttModel(i);
            int[] old = new int[states];
            int oldTotal = 0;
            for (int s = 0; s < states; s++) {
                old[s] = phone.getDur(s);
                oldTotal += old[s];
            }
            Optional<PhoneClass> phoneClass = PhoneClass.of(phone.getPhoneName());
            double wanted = oldTotal * scale.factorFor(phone.getPhoneName())
                    + phoneClass.map(c -> carried.getOrDefault(c, 0.0)).orElse(0.0);
            int total = Math.max(states, (int) Math.round(wanted));
            phoneClass.ifPresent(c -> carried.put(c, wanted - total));
            int[] scaled = distributed(old, total);
            for (int s = 0; s < states; s++) {
                phone.setDur(s, scaled[s]);
                voicedFrames += phone.getVoiced(s) ? scaled[s] : 0;
            }
            phone.setTotalDur(total);
            phone.setTotalDurMillisec((int) (frameMillis * total));
            if (phone.getMaryXmlDur() != null) {
                phone.setMaryXmlDur(Float.toString(frameMillis * total));
            }
            totalFrames += total;
        }
        utterance.setTotalFrame(totalFrames);
        utterance.setLf0Frame(voicedFrames);
    }

    /** {@code total} frames over the states, one each and the rest in proportion to the old durations past one. */
    static int[] distributed(int[] old, int total) {
        int[] out = new int[old.length];
        double weights = 0;
        for (int d : old) {
            weights += Math.max(0, d - 1);
        }
        int extra = total - old.length;
        double cumulative = 0;
        int given = 0;
        for (int s = 0; s < old.length; s++) {
            cumulative += weights > 0 ? Math.max(0, old[s] - 1) : 1;
            int upTo = (int) Math.round(extra * cumulative / (weights > 0 ? weights : old.length));
            out[s] = 1 + upTo - given;
            given = upTo;
        }
        return out;
    }
}
