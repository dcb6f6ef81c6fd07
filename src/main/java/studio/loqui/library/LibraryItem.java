package studio.loqui.library;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;

/** Seed 002's library entry: a sample or a generated audio. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LibraryItem(Long id, String itemType, String name, String filePath, Long fileSize,
                          Double durationSeconds, OffsetDateTime createdAt, String status, String downloadUrl) {

    public static final String SAMPLE = "sample";
    public static final String GENERATED = "generated";
}
