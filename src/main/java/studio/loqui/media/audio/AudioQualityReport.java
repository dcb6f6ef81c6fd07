package studio.loqui.media.audio;

import java.util.List;

/**
 * What was measured on an audio sample, so a user can tell why a clone may sound poor.
 *
 * @param durationSeconds  length of the decoded audio
 * @param sampleRate       rate the measures were taken at
 * @param speechSeconds    time the voice-activity detector marked as speech
 * @param rmsDbfs          RMS level of the whole sample, dB full scale
 * @param speechRmsDbfs    RMS level of the speech frames only
 * @param peakDbfs         highest absolute sample, dB full scale
 * @param clippingRatio    fraction of samples at or within 0.1 % of full scale
 * @param noiseFloorDbfs   level of the quietest tenth of the frames: the background noise
 * @param snrDb            speech level minus noise floor
 * @param voicedRatio      fraction of the speech frames that have a pitch (a voice, not noise)
 * @param rejectionReason  why the sample cannot be used for a voice, or null when it can
 * @param warnings         problems that make a clone worse without ruling the sample out
 */
public record AudioQualityReport(
        double durationSeconds,
        int sampleRate,
        double speechSeconds,
        double rmsDbfs,
        double speechRmsDbfs,
        double peakDbfs,
        double clippingRatio,
        double noiseFloorDbfs,
        double snrDb,
        double voicedRatio,
        String rejectionReason,
        List<String> warnings) {

    public boolean accepted() {
        return rejectionReason == null;
    }
}
