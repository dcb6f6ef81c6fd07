package studio.loqui.dubbing;

/** The input of a {@code generate-video} job, as stored with the job. */
public record GenerateVideoInput(String originalVideoId, String clonedAudioId, String outputFormat, String quality) {
}
