package studio.loqui.speech;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A language code a synthesiser of this server speaks. Left out (null or blank) is valid: the
 * voice's own language is used then.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SpokenLanguageValidator.class)
public @interface SpokenLanguage {

    String message() default "Use a language code such as en, es or pt-br";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
