package studio.loqui.media.tts;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses MaryTTS's {@code REALISED_DURATIONS} output: after a {@code #} line, one line per phone,
 * {@code <end time in s> <unused> <phone>}; a phone starts where the previous one ended.
 */
final class RealisedDurations {

    private RealisedDurations() {
    }

    static List<SpeechTiming> parse(String text) {
        List<SpeechTiming> out = new ArrayList<>();
        double previousEnd = 0;
        for (String line : text.split("\n")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length < 3 || line.startsWith("#")) {
                continue;
            }
            try {
                double end = Double.parseDouble(parts[0]);
                out.add(new SpeechTiming(parts[2], previousEnd, end));
                previousEnd = end;
            } catch (NumberFormatException notATimingLine) {
                // header or comment lines carry no timing
            }
        }
        return out;
    }
}
