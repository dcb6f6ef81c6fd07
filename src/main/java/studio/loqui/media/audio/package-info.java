/**
 * Audio in and out: {@link studio.loqui.media.audio.AudioDecoder} (any upload to mono float PCM
 * through the bundled FFmpeg), {@link studio.loqui.media.audio.AudioEncoder} (WAV, MP3, OGG), the voice-activity detector and
 * {@link studio.loqui.media.audio.AudioQualityReport}, which {@code media.quality.AudioMeter} fills in to
 * say whether a voice sample is usable and why not (that package uses {@code media.dsp}, which uses this one). Decoding failures are
 * {@link studio.loqui.media.audio.AudioDecodingException}s with a message fit for the sender: media input rejected.
 */
package studio.loqui.media.audio;
