package studio.loqui.media.voiceprint;

import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.VoiceActivityDetector;
import studio.loqui.media.dsp.PitchTrack;

/**
 * Speaking rate as syllable nuclei per second of speech, after de Jong and Wempe (2009): peaks of
 * the smoothed level contour in voiced frames that stand out 2 dB from the dip before them and
 * come at least 100 ms after the previous peak.
 */
final class SpeakingRate {

    private static final double MIN_DIP_DB = 2.0;
    private static final int MIN_PEAK_DISTANCE_FRAMES = 10;

    private SpeakingRate() {
    }

    static double syllablesPerSecond(PcmAudio audio, PitchTrack pitch, VoiceActivityDetector.Activity activity) {
        double[] level = smooth(activity.frameDbfs());
        int peaks = 0;
        int lastPeak = -MIN_PEAK_DISTANCE_FRAMES;
        double dip = Double.MAX_VALUE;
        for (int i = 1; i + 1 < level.length; i++) {
            dip = Math.min(dip, level[i]);
            boolean peak = level[i] >= level[i - 1] && level[i] > level[i + 1];
            if (peak && activity.active()[i] && voiced(pitch, i) && level[i] - dip >= MIN_DIP_DB
                    && i - lastPeak >= MIN_PEAK_DISTANCE_FRAMES) {
                peaks++;
                lastPeak = i;
                dip = level[i];
            }
        }
        double speech = activity.speechSeconds();
        return speech > 0 ? peaks / speech : 0;
    }

    private static boolean voiced(PitchTrack pitch, int frame) {
        return pitch.at(frame * VoiceActivityDetector.HOP_SECONDS) > 0;
    }

    private static double[] smooth(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double sum = 0;
            int n = 0;
            for (int j = Math.max(0, i - 3); j <= Math.min(v.length - 1, i + 3); j++) {
                sum += v[j];
                n++;
            }
            out[i] = sum / n;
        }
        return out;
    }
}
