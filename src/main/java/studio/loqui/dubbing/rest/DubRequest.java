package studio.loqui.dubbing.rest;

import com.fasterxml.jackson.databind.JsonNode;

/** A one-call dub: the video, the language it speaks and the one to dub it into. */
public record DubRequest(String videoFileId, String sourceLanguage, String targetLanguage, String outputFormat,
                         String quality, String webhookUrl, JsonNode metadata) {
}
