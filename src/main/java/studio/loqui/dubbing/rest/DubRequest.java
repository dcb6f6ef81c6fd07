package studio.loqui.dubbing.rest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A one-call dub: the video, the language it speaks, the one to dub it into and, optionally, one of the
 * caller's voices to dub with instead of the video's own speaker.
 */
public record DubRequest(String videoFileId, String sourceLanguage, String targetLanguage, String voiceProfileId,
                         String outputFormat, String quality, String webhookUrl, JsonNode metadata) {
}
