package studio.loqui.dubbing.dub;

/**
 * The input of a {@code dub} job, as stored with the job.
 *
 * @param voiceId    the caller's voice to dub with, or null for the video's own speaker
 * @param transcript the caller's SRT or WebVTT transcript to dub from, or null to recognise the speech
 */
public record DubInput(String videoFileId, String sourceLanguage, String targetLanguage, String outputFormat,
                       String quality, Long voiceId, String transcript) {
}
