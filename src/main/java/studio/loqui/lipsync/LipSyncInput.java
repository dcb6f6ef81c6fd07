package studio.loqui.lipsync;

/** The input of a {@code lip-sync} job, as stored with the job. */
public record LipSyncInput(String videoFileId, String audioFileId, String outputFormat, String quality) {
}
