package studio.loqui.media.translate;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.process.ToolProcess;
import studio.loqui.media.process.ToolProcessException;
import studio.loqui.media.process.ToolResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Apertium, Debian's rule-based translator: one mode per installed pair package (for example
 * {@code apertium-eng-spa} gives {@code eng-spa} and {@code spa-eng}), run as a command.
 */
@ApplicationScoped
public class ApertiumTranslator implements Translator {

    private static final Path MODES = Path.of("/usr/share/apertium/modes");
    private static final Duration LIMIT = Duration.ofMinutes(2);
    private static final Map<String, String> ISO3_TO_ISO1 = Map.ofEntries(
            Map.entry("eng", "en"), Map.entry("spa", "es"), Map.entry("cat", "ca"), Map.entry("fra", "fr"),
            Map.entry("por", "pt"), Map.entry("ita", "it"), Map.entry("deu", "de"), Map.entry("nld", "nl"),
            Map.entry("glg", "gl"), Map.entry("eus", "eu"), Map.entry("ron", "ro"), Map.entry("oci", "oc"),
            Map.entry("epo", "eo"), Map.entry("nob", "nb"), Map.entry("nno", "nn"), Map.entry("swe", "sv"),
            Map.entry("dan", "da"), Map.entry("isl", "is"), Map.entry("arg", "an"), Map.entry("ast", "ast"),
            Map.entry("mkd", "mk"));
    /** Serbo-Croatian's standards as {@code eng-hbs_XX} modes write them. */
    private static final Map<String, String> SERBO_CROATIAN = Map.of("HR", "hr", "SR", "sr", "BS", "bs");
    private static final Pattern MODE = Pattern.compile("([a-z]{2,3})-([a-z]{2,3})(?:_([A-Z]{2}))?\\.mode");

    private volatile Map<String, String> modeByPair;

    @Override
    public String name() {
        return "apertium";
    }

    @Override
    public boolean available() {
        return !modes().isEmpty() && Files.isExecutable(Path.of("/usr/bin/apertium"));
    }

    @Override
    public String detail() {
        return available() ? "Apertium pairs " + String.join(", ", pairs())
                : "not installed: apt-get install apertium apertium-eng-spa (or other pairs)";
    }

    @Override
    public Set<String> pairs() {
        return new TreeSet<>(modes().keySet());
    }

    @Override
    public String translate(String text, String sourceLanguage, String targetLanguage) {
        String pair = primary(sourceLanguage) + "-" + primary(targetLanguage);
        String mode = modes().get(pair);
        if (mode == null || !available()) {
            throw new TranslationException("Translation " + pair + " is not available here; available: " + pairs());
        }
        try {
            ToolResult outcome = ToolProcess.of(List.of("apertium", "-u", mode)).stdin(text).timeLimit(LIMIT).run();
            if (outcome.exitCode() != 0) {
                throw new TranslationException("apertium failed: " + outcome.stderrTail().strip());
            }
            return new String(outcome.stdout(), StandardCharsets.UTF_8).strip();
        } catch (ToolProcessException e) {
            throw new TranslationException("apertium could not run: " + e.getMessage(), e);
        }
    }

    private Map<String, String> modes() {
        Map<String, String> modes = modeByPair;
        if (modes == null) {
            modes = scanModes();
            modeByPair = modes;
        }
        return modes;
    }

    /**
     * Modes such as {@code eng-spa} or {@code en-eo}, keyed {@code en-es} and {@code en-eo}; regional variants
     * ({@code spa-eng_US}) are left out, except Serbo-Croatian's standards: {@code eng-hbs_HR} is {@code en-hr},
     * {@code _SR} {@code en-sr}, {@code _BS} {@code en-bs} (the plain mode {@code en-sh}), and {@code hbs-eng},
     * which reads all of them, is {@code sh-en}, {@code hr-en}, {@code sr-en} and {@code bs-en}.
     */
    static Map<String, String> scanModes() {
        if (!Files.isDirectory(MODES)) {
            return Map.of();
        }
        try (Stream<Path> files = Files.list(MODES)) {
            Map<String, String> modes = new TreeMap<>();
            files.map(p -> p.getFileName().toString()).sorted().forEach(name -> {
                Matcher m = MODE.matcher(name);
                if (m.matches()) {
                    String mode = name.substring(0, name.length() - ".mode".length());
                    for (String pair : isoPairs(m.group(1), m.group(2), m.group(3))) {
                        modes.putIfAbsent(pair, mode);
                    }
                }
            });
            return Map.copyOf(modes);
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static List<String> isoPairs(String source, String target, String variant) {
        if (variant != null && !"hbs".equals(target)) {
            return List.of();
        }
        List<String> pairs = new ArrayList<>();
        for (String s : codes(source, null, true)) {
            for (String t : codes(target, variant, false)) {
                pairs.add(s + "-" + t);
            }
        }
        return pairs;
    }

    /** The ISO 639-1 codes a mode's language stands for (two-letter names stand for themselves). */
    private static List<String> codes(String code, String variant, boolean source) {
        if ("hbs".equals(code)) {
            if (variant != null) {
                return SERBO_CROATIAN.containsKey(variant) ? List.of(SERBO_CROATIAN.get(variant)) : List.of();
            }
            return source ? List.of("sh", "hr", "sr", "bs") : List.of("sh");
        }
        if (code.length() == 2) {
            return ISO3_TO_ISO1.containsValue(code) ? List.of(code) : List.of();
        }
        return ISO3_TO_ISO1.containsKey(code) ? List.of(ISO3_TO_ISO1.get(code)) : List.of();
    }

    private static String primary(String language) {
        return language == null ? "" : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
    }
}
