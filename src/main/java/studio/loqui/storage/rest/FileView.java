package studio.loqui.storage.rest;

import studio.loqui.storage.Asset;

import java.time.OffsetDateTime;

/** Seed 001's view of a file: what was measured of it, and where to download it. */
public record FileView(String fileId, String filename, String projectName, String kind, String mimeType,
                       String format, long size, Double duration, Integer sampleRate, Integer channels,
                       Integer width, Integer height, OffsetDateTime createdAt, String downloadUrl) {

    public static FileView of(Asset asset) {
        return new FileView(asset.publicId, asset.name, asset.projectName, asset.kind, asset.mimeType, asset.format,
                asset.sizeBytes, asset.durationSeconds, asset.sampleRate, asset.channels, asset.width, asset.height,
                asset.createdAt, downloadUrl(asset));
    }

    public static String downloadUrl(Asset asset) {
        return "/api/v1/files/" + asset.publicId + "/download";
    }
}
