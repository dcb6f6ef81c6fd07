package studio.loqui.media.voiceprint;

import studio.loqui.media.dsp.SpectralStats;

/** Spectral distances between two profiles, the same measures {@link SpectralStats} defines on audio. */
public record DistanceOf(VoiceProfileData a, VoiceProfileData b) {

    /** Euclidean distance of the mean MFCCs c1..c12. */
    public double mfcc() {
        return stats(a).mfccDistance(stats(b));
    }

    /** RMS dB difference of the level-normalised long-term average spectra. */
    public double ltasDb() {
        return stats(a).ltasDistanceDb(stats(b));
    }

    private static SpectralStats stats(VoiceProfileData p) {
        return new SpectralStats(p.meanLogMel(), p.mfccMean(), p.ltasDb());
    }
}
