package studio.loqui.system;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request body that must be sent; the message says what it should hold. {@link ErrorMapper}
 * blames the whole request for it rather than a field.
 */
@NotNull
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiredBody {

    String message() default "A JSON body is required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
