package studio.loqui.media.asr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import studio.loqui.media.tts.Languages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Picks an available speech recogniser for a language and tells which languages can be transcribed here. */
@ApplicationScoped
public class RecognizerChooser {

    private final List<SpeechRecognizer> engines;

    @Inject
    public RecognizerChooser(Instance<SpeechRecognizer> engines) {
        this(engines.stream().toList());
    }

    public RecognizerChooser(List<SpeechRecognizer> engines) {
        this.engines = engines.stream().sorted(Comparator.comparingInt(SpeechRecognizer::priority).reversed()).toList();
    }

    /** A recogniser and the language code it knows the requested language by. */
    public record Choice(SpeechRecognizer recognizer, String language) {
    }

    /** The preferred available recogniser for the language, trying its primary language second ({@code en} for {@code en-gb}). */
    public Optional<Choice> choose(String language) {
        Optional<Choice> exact = supporting(Languages.normalise(language));
        return exact.isPresent() ? exact : supporting(Languages.primary(language));
    }

    /** Throws a 503 naming the recogniser engine when none is installed at all. */
    public void requireAnyInstalled() {
        if (engines.stream().noneMatch(SpeechRecognizer::available) && !engines.isEmpty()) {
            engines.get(0).requireAvailable();
        }
    }

    /** Every language some available recogniser transcribes, sorted. */
    public Set<String> supportedLanguages() {
        Set<String> languages = new TreeSet<>();
        engines.stream().filter(SpeechRecognizer::available).forEach(e -> languages.addAll(e.languages()));
        return languages;
    }

    /** Language code to the names of the available recognisers that transcribe it, best first. */
    public Map<String, List<String>> enginesByLanguage() {
        Map<String, List<String>> out = new TreeMap<>();
        engines.stream().filter(SpeechRecognizer::available).forEach(e -> e.languages()
                .forEach(l -> out.computeIfAbsent(l, k -> new ArrayList<>()).add(e.name())));
        return out;
    }

    private Optional<Choice> supporting(String language) {
        return engines.stream().filter(SpeechRecognizer::available)
                .filter(e -> e.languages().contains(language)).findFirst().map(e -> new Choice(e, language));
    }
}
