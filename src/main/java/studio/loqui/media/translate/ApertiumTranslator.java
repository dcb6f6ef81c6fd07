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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
            Map.entry("dan", "da"), Map.entry("isl", "is"), Map.entry("arg", "an"), Map.entry("ast", "ast"));

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

    /** Modes such as {@code eng-spa}, keyed {@code en-es}; regional variants ({@code spa-eng_US}) are left out. */
    private static Map<String, String> scanModes() {
        if (!Files.isDirectory(MODES)) {
            return Map.of();
        }
        try (Stream<Path> files = Files.list(MODES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("[a-z]{3}-[a-z]{3}\\.mode"))
                    .map(n -> n.substring(0, n.length() - ".mode".length()))
                    .filter(m -> ISO3_TO_ISO1.containsKey(m.substring(0, 3)) && ISO3_TO_ISO1.containsKey(m.substring(4)))
                    .collect(Collectors.toMap(ApertiumTranslator::isoPair, m -> m, (a, b) -> a));
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static String isoPair(String mode) {
        return ISO3_TO_ISO1.get(mode.substring(0, 3)) + "-" + ISO3_TO_ISO1.get(mode.substring(4));
    }

    private static String primary(String language) {
        return language == null ? "" : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
    }
}
