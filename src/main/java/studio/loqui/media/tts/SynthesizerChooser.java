package studio.loqui.media.tts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Picks the best available engine for a language and tells which languages can be spoken here. */
@ApplicationScoped
public class SynthesizerChooser {

    private final List<SpeechSynthesizer> engines;

    @Inject
    public SynthesizerChooser(Instance<SpeechSynthesizer> engines) {
        this(engines.stream().toList());
    }

    public SynthesizerChooser(List<SpeechSynthesizer> engines) {
        this.engines = List.copyOf(engines);
    }

    /** The available engine of highest quality for the language, trying its primary language second. */
    public Optional<SpeechSynthesizer> choose(String language) {
        Optional<SpeechSynthesizer> exact = best(Languages.normalise(language));
        return exact.isPresent() ? exact : best(Languages.primary(language));
    }

    /** Like {@link #choose} but throws a {@link SynthesisException} naming the language when none speaks it. */
    public SpeechSynthesizer require(String language) {
        return choose(language).orElseThrow(() -> new SynthesisException(
                "Speech synthesis does not support the language '" + language + "' on this server."));
    }

    /** Every language some available engine speaks, with the engines in order of preference. */
    public Map<String, List<String>> supportedLanguages() {
        Map<String, List<SpeechSynthesizer>> byLanguage = new TreeMap<>();
        for (SpeechSynthesizer engine : engines) {
            if (engine.available()) {
                engine.languages().forEach(l -> byLanguage.computeIfAbsent(l, k -> new ArrayList<>()).add(engine));
            }
        }
        Map<String, List<String>> out = new TreeMap<>();
        byLanguage.forEach((language, list) -> out.put(language, list.stream()
                .sorted(Comparator.comparingInt((SpeechSynthesizer e) -> -e.quality(language)))
                .map(SpeechSynthesizer::name).toList()));
        return out;
    }

    private Optional<SpeechSynthesizer> best(String language) {
        return engines.stream()
                .filter(e -> e.supports(language))
                .max(Comparator.comparingInt(e -> e.quality(language)));
    }
}
