package studio.loqui.dubbing.extract;

/** The input of an {@code extract-audio} job, as stored with the job. */
public record ExtractAudioInput(String videoFileId, String audioFormat, int sampleRate) {
}
