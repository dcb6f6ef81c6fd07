package studio.loqui.dubbing.rest;

import com.fasterxml.jackson.databind.JsonNode;

/** Seed 001's generate-video body, plus the engine's optional webhook and metadata. */
public record GenerateVideoRequest(String originalVideoId, String clonedAudioId, String outputFormat, String quality,
                                   String webhookUrl, JsonNode metadata) {
}
