package studio.loqui.media.asr;

import java.util.ArrayList;
import java.util.List;

/** Breaks a cue's text into at most two lines of at most {@link #MAX_LINE} characters, as subtitle guides ask. */
public final class SubtitleLines {

    public static final int MAX_LINE = 42;

    private SubtitleLines() {
    }

    /** The text on one line when it fits, else on two lines broken at the space nearest the middle. */
    public static List<String> of(String text) {
        String t = text.strip();
        if (t.length() <= MAX_LINE) {
            return List.of(t);
        }
        int cut = bestBreak(t);
        if (cut < 0) {
            return List.of(t);
        }
        List<String> lines = new ArrayList<>(2);
        lines.add(t.substring(0, cut).strip());
        lines.add(t.substring(cut + 1).strip());
        return lines;
    }

    /** The space that keeps both lines within the limit and closest in length; else the one nearest the middle. */
    private static int bestBreak(String t) {
        int best = -1;
        int bestCost = Integer.MAX_VALUE;
        for (int i = t.indexOf(' '); i >= 0; i = t.indexOf(' ', i + 1)) {
            int first = i;
            int second = t.length() - i - 1;
            int overflow = Math.max(0, first - MAX_LINE) + Math.max(0, second - MAX_LINE);
            int cost = overflow * 1000 + Math.abs(first - second);
            if (cost < bestCost) {
                bestCost = cost;
                best = i;
            }
        }
        return best;
    }
}
