package studio.loqui.speech;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import studio.loqui.media.tts.SynthesizerChooser;

import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Checks {@link SpokenLanguage} against the synthesisers installed here. */
@ApplicationScoped
public class SpokenLanguageValidator implements ConstraintValidator<SpokenLanguage, String> {

    static final Pattern CODE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})?");

    private final SynthesizerChooser synthesizers;

    public SpokenLanguageValidator(SynthesizerChooser synthesizers) {
        this.synthesizers = synthesizers;
    }

    @Override
    public boolean isValid(String language, ConstraintValidatorContext context) {
        if (language == null || language.isBlank()) {
            return true;
        }
        String code = language.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (!CODE.matcher(code).matches()) {
            return false;
        }
        if (synthesizers.choose(code).isPresent()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(SpeakableTextValidator.escape("Speech in '" + code
                + "' is not available here; available: "
                + String.join(", ", new TreeSet<>(synthesizers.supportedLanguages().keySet()))))
                .addConstraintViolation();
        return false;
    }
}
