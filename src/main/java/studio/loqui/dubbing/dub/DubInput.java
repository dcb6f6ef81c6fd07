package studio.loqui.dubbing.dub;

/**
 * The input of a {@code dub} job, as stored with the job.
 *
 * @param voiceId the caller's voice to dub with, or null for the video's own speaker
 */
public record DubInput(String videoFileId, String sourceLanguage, String targetLanguage, String outputFormat,
                       String quality, Long voiceId) {
}
