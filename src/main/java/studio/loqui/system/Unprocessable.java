package studio.loqui.system;

import jakarta.validation.Payload;

/** Marks a constraint whose violation the API answers with 422 rather than 400 (seed 004's missing fields). */
public interface Unprocessable extends Payload {
}
