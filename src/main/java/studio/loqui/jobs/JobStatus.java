package studio.loqui.jobs;

import com.fasterxml.jackson.annotation.JsonValue;

/** The engine's states, in the words of seeds 000, 001, 002 and 004; seed 003 maps them to its own. */
public enum JobStatus {
    PENDING, PROCESSING, COMPLETED, FAILED, CANCELLED;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }

    public boolean finished() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
