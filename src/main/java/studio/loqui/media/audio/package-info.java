/**
 * Audio in and out: {@link studio.loqui.media.audio.AudioDecoder} (any upload to mono float PCM
 * through the bundled FFmpeg), {@link studio.loqui.media.audio.AudioEncoder} (WAV, MP3, OGG) and
 * {@link studio.loqui.media.audio.AudioMeter}, whose {@link studio.loqui.media.audio.AudioQualityReport}
 * says whether a voice sample is usable and why not. Decoding failures are
 * {@link studio.loqui.media.audio.AudioDecodingException}s with a message fit for a 4xx answer.
 */
package studio.loqui.media.audio;
