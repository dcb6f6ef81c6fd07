package studio.loqui.dubbing.extract;

import studio.loqui.storage.Asset;
import studio.loqui.storage.rest.FileView;

/** The result of an extract-audio job in seed 001's field names: the stored audio file and what it measured. */
public record ExtractAudioResult(String fileId, String resultUrl, String audioFormat, Integer sampleRate,
                                 Integer channels, Double duration, long size) {

    static ExtractAudioResult of(Asset audio) {
        return new ExtractAudioResult(audio.publicId, FileView.downloadUrl(audio), audio.format, audio.sampleRate,
                audio.channels, audio.durationSeconds, audio.sizeBytes);
    }
}
