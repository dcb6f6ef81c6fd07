package studio.loqui.user.rest;

import java.util.Map;

/** Seed 000's clone counts by status. */
public record StatsView(long totalClones, long completedClones, long pendingClones, long processingClones,
                        long failedClones) {

    public static StatsView of(Map<String, Long> counts) {
        long completed = counts.getOrDefault("completed", 0L);
        long pending = counts.getOrDefault("pending", 0L);
        long processing = counts.getOrDefault("processing", 0L);
        long failed = counts.getOrDefault("failed", 0L);
        return new StatsView(completed + pending + processing + failed, completed, pending, processing, failed);
    }
}
