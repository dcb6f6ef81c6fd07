/**
 * Voice analysis, conversion and similarity.
 *
 * <p>Flow: {@link studio.loqui.media.voiceprint.VoiceAnalyzer#analyze} turns a 16 kHz speech sample
 * into a {@link studio.loqui.media.voiceprint.VoiceProfileData} (stored as JSON);
 * {@link studio.loqui.media.voiceprint.VoiceCloner#speak} renders text in that voice (synthesis,
 * {@link studio.loqui.media.voiceprint.VoiceConverter}, similarity score, output check).
 *
 * <p>Threading: every call is synchronous and CPU-bound (tens of milliseconds per second of audio,
 * plus the synthesis and recognition engines' own time); call it from job workers, never from
 * request threads. The classes are stateless and thread-safe; MaryTTS serialises its own calls.
 */
package studio.loqui.media.voiceprint;
