package studio.loqui.speech;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Text the synthesiser can speak in one request: present and at most {@code max} characters. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SpeakableTextValidator.class)
public @interface SpeakableText {

    String message() default "Text to speak is required";

    /** The longest text accepted; defaults to what one synthesis request takes. */
    int max() default studio.loqui.media.tts.SynthesisRequest.MAX_TEXT_CHARS;

    /** Why a longer text is refused (and what to use instead), added to the limit. */
    String whyLimit() default "per request";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
