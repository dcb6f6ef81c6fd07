package studio.loqui.media.asr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways an English text is said aloud, token by token, for comparing a text with what a recogniser heard:
 * "1999" may be "nineteen ninety nine" or "one thousand nine hundred ninety nine", "$15" is "fifteen dollars",
 * "2nd" is "second", "Dr." is "doctor". Each token becomes a slot of alternatives, the first the most usual.
 */
final class SpokenForms {

    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety"};
    private static final String[][] SCALES = {{"billion", "1000000000"}, {"million", "1000000"}, {"thousand", "1000"}};
    private static final Map<String, List<String>> ABBREVIATIONS = Map.of(
            "dr", List.of("doctor", "drive"), "mr", List.of("mister"), "mrs", List.of("missus", "misses"),
            "st", List.of("saint", "street"), "vs", List.of("versus"), "&", List.of("and"), "etc", List.of("et cetera"),
            "no", List.of("no", "number"), "ms", List.of("miz", "ms"));
    private static final Map<String, String> IRREGULAR_ORDINALS = Map.of("one", "first", "two", "second", "three",
            "third", "five", "fifth", "eight", "eighth", "nine", "ninth", "twelve", "twelfth");
    private static final Pattern NUMBER = Pattern.compile("(\\$?)(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(%?)");
    private static final Pattern ORDINAL = Pattern.compile("(\\d+)(st|nd|rd|th)");

    private SpokenForms() {
    }

    /** Slots of alternatives, each alternative the words of one way to say the token. */
    static List<List<List<String>>> of(String text) {
        List<List<List<String>>> slots = new ArrayList<>();
        for (String token : text.strip().split("\\s+")) {
            if (!token.isEmpty()) {
                List<List<String>> ways = ways(token);
                if (!ways.isEmpty() && !ways.get(0).isEmpty()) {
                    slots.add(ways);
                }
            }
        }
        return slots;
    }

    private static List<List<String>> ways(String token) {
        String bare = token.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}$&]+|[^\\p{L}\\p{N}%]+$", "");
        Matcher ordinal = ORDINAL.matcher(bare);
        if (ordinal.matches()) {
            return List.of(ordinal(Long.parseLong(ordinal.group(1))));
        }
        Matcher number = NUMBER.matcher(bare);
        if (number.matches() && number.group(2).length() <= 12) {
            return number(number);
        }
        List<String> abbreviation = ABBREVIATIONS.get(bare);
        if (abbreviation != null && (token.endsWith(".") || bare.equals("&") || bare.equals("vs"))) {
            return abbreviation.stream().map(SpokenForms::plain).toList();
        }
        return List.of(plain(token));
    }

    private static List<List<String>> number(Matcher number) {
        long whole = Long.parseLong(number.group(2).replace(",", ""));
        List<List<String>> readings = new ArrayList<>();
        for (List<String> reading : integerReadings(whole, number.group(2).contains(","))) {
            List<String> words = new ArrayList<>(reading);
            if (number.group(3) != null) {
                words.add("point");
                number.group(3).chars().forEach(d -> words.add(ONES[d - '0']));
            }
            if (!number.group(4).isEmpty()) {
                words.add("percent");
            }
            if (!number.group(1).isEmpty()) {
                words.add(whole == 1 && number.group(3) == null ? "dollar" : "dollars");
            }
            readings.add(words);
        }
        return readings;
    }

    private static List<List<String>> integerReadings(long n, boolean grouped) {
        List<List<String>> readings = new ArrayList<>();
        readings.add(cardinal(n));
        boolean yearLike = !grouped && (n >= 1100 && n <= 1999 || n >= 2010 && n <= 2099) && n % 100 != 0;
        if (yearLike) {
            readings.add(0, join(cardinal(n / 100), n % 100 < 10 ? join(List.of("oh"), cardinal(n % 100)) : cardinal(n % 100)));
        }
        if (n >= 1100 && n < 10000 && n % 100 == 0 && n % 1000 != 0) {
            readings.add(join(cardinal(n / 100), List.of("hundred")));
        }
        return readings;
    }

    static List<String> cardinal(long n) {
        if (n < 20) {
            return List.of(ONES[(int) n]);
        }
        if (n < 100) {
            return n % 10 == 0 ? List.of(TENS[(int) n / 10]) : List.of(TENS[(int) n / 10], ONES[(int) n % 10]);
        }
        if (n < 1000) {
            List<String> words = join(List.of(ONES[(int) n / 100]), List.of("hundred"));
            return n % 100 == 0 ? words : join(words, cardinal(n % 100));
        }
        for (String[] scale : SCALES) {
            long unit = Long.parseLong(scale[1]);
            if (n >= unit) {
                List<String> words = join(cardinal(n / unit), List.of(scale[0]));
                return n % unit == 0 ? words : join(words, cardinal(n % unit));
            }
        }
        throw new IllegalArgumentException("no words for " + n);
    }

    private static List<String> ordinal(long n) {
        List<String> words = new ArrayList<>(cardinal(n));
        String last = words.remove(words.size() - 1);
        String irregular = IRREGULAR_ORDINALS.get(last);
        words.add(irregular != null ? irregular : last.endsWith("y") ? last.substring(0, last.length() - 1) + "ieth" : last + "th");
        return words;
    }

    private static List<String> plain(String text) {
        return WordErrorRate.words(text);
    }

    private static List<String> join(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
