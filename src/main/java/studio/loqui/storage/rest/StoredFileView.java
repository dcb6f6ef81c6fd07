package studio.loqui.storage.rest;

import studio.loqui.storage.Asset;

import java.time.OffsetDateTime;

/** Seed 000's view of a file in the caller's storage. */
public record StoredFileView(String filename, long size, String path, String contentType, Double durationSeconds,
                             OffsetDateTime createdAt, String message) {

    public static StoredFileView of(Asset asset, String message) {
        return new StoredFileView(asset.name, asset.sizeBytes, "/storage/" + asset.name, asset.mimeType,
                asset.durationSeconds, asset.createdAt, message);
    }
}
