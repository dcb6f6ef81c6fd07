package studio.loqui.dubbing;

/** The input of a {@code dub} job, as stored with the job. */
public record DubInput(String videoFileId, String sourceLanguage, String targetLanguage, String outputFormat,
                       String quality) {
}
