package studio.loqui.dubbing.video;

/** The input of a {@code generate-video} job, as stored with the job. */
public record GenerateVideoInput(String originalVideoId, String clonedAudioId, String outputFormat, String quality) {
}
