/**
 * The OpenAI-compatible face: {@code /v1/audio/speech}, {@code /v1/audio/transcriptions} and {@code /v1/models}
 * as OpenAI's API defines them, so tools that speak that API (Open WebUI, Home Assistant, SillyTavern, n8n, the
 * official clients) use this server's voices and recogniser. It runs on the core like every other face: voices
 * and the checked synthesis of {@code speech}, the recogniser of {@code media/asr}, the bounded pool of
 * synchronous work and the processing rate limit. Errors on these paths take OpenAI's shape.
 */
package studio.loqui.openai;
