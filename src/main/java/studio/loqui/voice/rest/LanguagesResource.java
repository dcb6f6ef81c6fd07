package studio.loqui.voice.rest;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import studio.loqui.media.asr.SpeechRecognizer;
import studio.loqui.media.translate.Translator;
import studio.loqui.media.tts.SynthesizerChooser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** {@code GET /api/v1/languages}: which languages each capability supports on this installation. */
@Path("/api/v1/languages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Voices")
public class LanguagesResource {

    private final SynthesizerChooser synthesizers;
    private final Instance<SpeechRecognizer> recognizers;
    private final Instance<Translator> translators;

    public LanguagesResource(SynthesizerChooser synthesizers, Instance<SpeechRecognizer> recognizers,
                             Instance<Translator> translators) {
        this.synthesizers = synthesizers;
        this.recognizers = recognizers;
        this.translators = translators;
    }

    @GET
    @Operation(summary = "Languages for synthesis (with engines, best first), recognition and translation pairs")
    public Map<String, Object> languages() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("synthesis", synthesizers.supportedLanguages());
        body.put("recognition", recognizers.stream().filter(SpeechRecognizer::available)
                .flatMap(r -> r.languages().stream()).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        body.put("translation", translators.stream().filter(Translator::available)
                .flatMap(t -> t.pairs().stream()).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        return body;
    }
}
