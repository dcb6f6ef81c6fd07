package studio.loqui.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Puts an endpoint (or every endpoint of a resource) in a rate-limit bucket other than {@link RateBucket#GENERAL}. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {
    RateBucket value();
}
