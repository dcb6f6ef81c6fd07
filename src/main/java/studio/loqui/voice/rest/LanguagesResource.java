package studio.loqui.voice.rest;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import studio.loqui.media.asr.RecognizerChooser;
import studio.loqui.media.translate.Translator;
import studio.loqui.media.tts.SynthesizerChooser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** {@code GET /api/v1/languages}: which languages each capability supports on this installation. */
@Path("/api/v1/languages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Voices")
public class LanguagesResource {

    private final SynthesizerChooser synthesizers;
    private final RecognizerChooser recognizers;
    private final Instance<Translator> translators;

    public LanguagesResource(SynthesizerChooser synthesizers, RecognizerChooser recognizers,
                             Instance<Translator> translators) {
        this.synthesizers = synthesizers;
        this.recognizers = recognizers;
        this.translators = translators;
    }

    @GET
    @Operation(summary = "Languages for synthesis and recognition (with their engines, best first) and translation pairs (translation_pairs says which go through Spanish: via)")
    public Map<String, Object> languages() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("synthesis", synthesizers.supportedLanguages());
        body.put("recognition", recognizers.enginesByLanguage());
        body.put("translation", translators.stream().filter(Translator::available)
                .flatMap(t -> t.pairs().stream()).collect(Collectors.toCollection(TreeSet::new)));
        Map<String, Map<String, String>> pairs = new TreeMap<>();
        translators.stream().filter(Translator::available).forEach(t -> t.pairs().forEach(pair -> {
            Map<String, String> about = new LinkedHashMap<>();
            about.put("source", pair.substring(0, pair.indexOf('-')));
            about.put("target", pair.substring(pair.indexOf('-') + 1));
            about.put("engine", t.name());
            t.via(pair).ifPresent(via -> about.put("via", via));
            pairs.putIfAbsent(pair, about);
        }));
        body.put("translation_pairs", pairs);
        return body;
    }
}
