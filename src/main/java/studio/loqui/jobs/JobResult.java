package studio.loqui.jobs;

/**
 * What a finished job produced: the handler's own result record, which the status endpoints show as JSON
 * (field names in snake case), and, when the job made a file, the id (database key) of that asset.
 */
public record JobResult<R extends Record>(R data, Long assetId) {

    public static <R extends Record> JobResult<R> of(R data) {
        return new JobResult<>(data, null);
    }

    public static <R extends Record> JobResult<R> withAsset(long assetId, R data) {
        return new JobResult<>(data, assetId);
    }
}
