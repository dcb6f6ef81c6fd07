package studio.loqui.dubbing.transcribe;

/** The input of a {@code transcribe} job, as stored with the job. */
public record TranscribeInput(String audioFileId, String language, String model) {
}
