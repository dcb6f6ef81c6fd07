package studio.loqui.dubbing.translate;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import studio.loqui.dubbing.translate.PhraseTranslator;
import studio.loqui.media.translate.TranslationException;
import studio.loqui.system.ApiException;
import studio.loqui.system.RequiredBody;

import java.util.Map;

/** {@code POST /api/v1/process/translate}: the dubbing pipeline's translation step on its own, answered at once. */
@Path("/api/v1/process")
@Tag(name = "Processing jobs")
@Authenticated
@SecurityRequirement(name = "bearer")
public class TranslateResource {


    private final PhraseTranslator translator;

    public TranslateResource(PhraseTranslator translator) {
        this.translator = translator;
    }

    @POST
    @Path("translate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Translate text (at most 5000 characters) between an installed language pair")
    public Map<String, String> translate(
            @Valid @RequiredBody(message = "A JSON body with text, source_language and target_language is required")
            TranslateRequest request) {
        if (!translator.supports(request.sourceLanguage(), request.targetLanguage())) {
            translator.requireAnyInstalled();
            throw ApiException.invalidField("target_language", "no translation from '" + request.sourceLanguage()
                    + "' to '" + request.targetLanguage() + "' is installed (see GET /api/v1/languages)");
        }
        try {
            return Map.of("translated_text", translator.translate(request.text(), request.sourceLanguage(),
                    request.targetLanguage()), "source_language", request.sourceLanguage(),
                    "target_language", request.targetLanguage());
        } catch (TranslationException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}
