package studio.loqui.jobs;

import java.util.Map;

/**
 * What a finished job produced: data for the status endpoints and, when the job made a file, the id
 * (database key) of that asset.
 */
public record JobResult(Map<String, Object> data, Long assetId) {

    public static JobResult of(Map<String, Object> data) {
        return new JobResult(data, null);
    }

    public static JobResult withAsset(long assetId, Map<String, Object> data) {
        return new JobResult(data, assetId);
    }
}
