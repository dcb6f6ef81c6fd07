package studio.loqui.voice.rest;

import studio.loqui.media.audio.AudioQualityReport;
import studio.loqui.storage.Asset;
import studio.loqui.speech.Sample;
import studio.loqui.speech.Voice;

import java.time.OffsetDateTime;

/** Seed 002's sample, with the voice it made and how usable the recording is. */
public record SampleView(Long sampleId, Long userId, String sampleName, String fileName, String filePath,
                         long fileSize, Double durationSeconds, String uploadType, OffsetDateTime uploadedAt,
                         String downloadUrl, String voiceId, String gender, Double medianPitchHz,
                         AudioQualityReport quality) {

    public static SampleView of(Sample sample, Asset asset, Voice voice, Double medianPitchHz,
                                AudioQualityReport quality) {
        return new SampleView(sample.id, sample.userId, sample.sampleName, asset.name, asset.storagePath,
                asset.sizeBytes, asset.durationSeconds, sample.uploadType, sample.uploadedAt,
                "/api/library/download/sample/" + sample.id, voice == null ? null : voice.publicId,
                voice == null ? null : voice.gender, medianPitchHz, quality);
    }
}
