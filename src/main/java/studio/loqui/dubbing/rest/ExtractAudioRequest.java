package studio.loqui.dubbing.rest;

import com.fasterxml.jackson.databind.JsonNode;

/** Seed 001's extract-audio body, plus the engine's optional webhook and metadata. */
public record ExtractAudioRequest(String videoFileId, String audioFormat, Integer sampleRate, String webhookUrl,
                                  JsonNode metadata) {
}
