package studio.loqui.speech;

import studio.loqui.media.audio.AudioQualityReport;
import studio.loqui.media.voiceprint.VoiceProfileData;

/** What analysing a recording gives: how usable it is, and the speaker's voice. */
public record AnalysedSpeech(AudioQualityReport quality, VoiceProfileData profile) {
}
