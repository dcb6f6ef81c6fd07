package studio.loqui.speech;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SpeakableText}; a too long text is told its own length. */
public class SpeakableTextValidator implements ConstraintValidator<SpeakableText, String> {

    private int max;
    private String whyLimit;

    @Override
    public void initialize(SpeakableText constraint) {
        max = constraint.max();
        whyLimit = constraint.whyLimit();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        if (text == null || text.isBlank()) {
            return false;
        }
        if (text.strip().length() <= max) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape("At most " + max + " characters " + whyLimit
                + "; this text has " + text.length())).addConstraintViolation();
        return false;
    }

    static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
