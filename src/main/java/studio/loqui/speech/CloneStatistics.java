package studio.loqui.speech;

import java.util.Map;

/** Counts a user's voice clones by status; the voice feature provides it. */
public interface CloneStatistics {

    /** Clone counts keyed by status ({@code pending}, {@code processing}, {@code completed}, {@code failed}). */
    Map<String, Long> countByStatus(long userId);
}
