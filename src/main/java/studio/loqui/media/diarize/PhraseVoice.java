package studio.loqui.media.diarize;

import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.PitchTrack;
import studio.loqui.media.dsp.SpectralAnalyzer;
import studio.loqui.media.dsp.SpectralStats;
import studio.loqui.media.dsp.YinPitchTracker;

/**
 * What tells one phrase's speaker from another's: the median pitch in semitones (NaN when too little of the
 * phrase is voiced to say) and the mean MFCCs of its active frames (the shape of the vocal tract).
 */
public record PhraseVoice(double medianSemitones, SpectralStats spectrum) {

    private static final double MIN_VOICED = 0.1;

    public static PhraseVoice of(PcmAudio phrase) {
        PitchTrack pitch = YinPitchTracker.forSpeech().track(phrase);
        double semitones = pitch.voicedRatio() >= MIN_VOICED && pitch.medianHz() > 0
                ? PitchTrack.semitones(pitch.medianHz()) : Double.NaN;
        return new PhraseVoice(semitones, new SpectralAnalyzer().analyze(phrase));
    }
}
