package studio.loqui.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import studio.loqui.media.asr.SpeechRecognizer;
import studio.loqui.media.tts.SynthesizerChooser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Which languages the speech engines installed here can speak and hear, with the engines for each. */
@ApplicationScoped
public class SpeechLanguages {

    private final SynthesizerChooser synthesizers;
    private final List<SpeechRecognizer> recognizers;

    @Inject
    public SpeechLanguages(SynthesizerChooser synthesizers, Instance<SpeechRecognizer> recognizers) {
        this(synthesizers, recognizers.stream().toList());
    }

    public SpeechLanguages(SynthesizerChooser synthesizers, List<SpeechRecognizer> recognizers) {
        this.synthesizers = synthesizers;
        this.recognizers = List.copyOf(recognizers);
    }

    /** Language code to synthesis engine names, best first. */
    public Map<String, List<String>> synthesis() {
        return synthesizers.supportedLanguages();
    }

    /** Language code to recognition engine names. */
    public Map<String, List<String>> recognition() {
        Map<String, List<String>> out = new TreeMap<>();
        for (SpeechRecognizer recognizer : recognizers) {
            if (recognizer.available()) {
                recognizer.languages().forEach(l -> out.computeIfAbsent(l, k -> new ArrayList<>()).add(recognizer.name()));
            }
        }
        return out;
    }
}
