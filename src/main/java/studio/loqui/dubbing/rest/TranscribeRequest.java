package studio.loqui.dubbing.rest;

import com.fasterxml.jackson.databind.JsonNode;

/** Seed 001's transcribe body, plus the engine's optional webhook and metadata. */
public record TranscribeRequest(String audioFileId, String sourceLanguage, String model, String webhookUrl,
                                JsonNode metadata) {
}
