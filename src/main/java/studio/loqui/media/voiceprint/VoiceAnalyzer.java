package studio.loqui.media.voiceprint;

import studio.loqui.media.asr.SpeechSpans;
import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.VoiceActivityDetector;
import studio.loqui.media.dsp.FormantEstimator;
import studio.loqui.media.dsp.PitchTrack;
import studio.loqui.media.dsp.SpectralAnalyzer;
import studio.loqui.media.dsp.SpectralStats;
import studio.loqui.media.dsp.YinPitchTracker;

/**
 * Measures a voice from a speech sample at {@link #ANALYSIS_RATE}: pitch level and range (YIN),
 * formants and vocal-tract length (LPC), spectral envelope (mean MFCCs, mean log mel, LTAS),
 * speaking rate and a gender guess. Stateless and thread-safe.
 */
@ApplicationScoped
public class VoiceAnalyzer {

    public static final int ANALYSIS_RATE = 16000;

    private final YinPitchTracker pitchTracker = YinPitchTracker.forSpeech();
    private final SpectralAnalyzer spectralAnalyzer = new SpectralAnalyzer();
    private final FormantEstimator formantEstimator = new FormantEstimator();
    private final VoiceActivityDetector vad = new VoiceActivityDetector();
    private final SpeechIsolation isolation = new SpeechIsolation();
    /** Less recognised speech than this is too little to measure a voice on. */
    static final double MIN_HEARD_SECONDS = 1.0;

    public VoiceProfileData analyze(PcmAudio speech) {
        if (speech.sampleRate() != ANALYSIS_RATE) {
            throw new IllegalArgumentException("voice analysis needs " + ANALYSIS_RATE + " Hz audio, got " + speech.sampleRate());
        }
        PitchTrack pitch = pitchTracker.track(speech);
        return analyze(speech, pitch);
    }

    /**
     * The voice inside the recognised speech only: the background heard between words is subtracted and the
     * rest left out, so music or tones under the voice are not measured as the voice. Without recognised
     * speech, the whole recording is analysed.
     */
    public VoiceProfileData analyzeSpeech(PcmAudio recording, SpeechSpans speech) {
        if (speech.speechSeconds() < MIN_HEARD_SECONDS) {
            return analyze(recording);
        }
        PcmAudio cleaned = isolation.withoutBackground(recording, speech);
        PitchTrack pitch = isolation.speakerPitch(pitchTracker.track(cleaned), speech);
        return analyze(SpeechIsolation.keepSpans(cleaned, speech), pitch);
    }

    /** As {@link #analyze(PcmAudio)} with a pitch track already computed for this audio. */
    VoiceProfileData analyze(PcmAudio speech, PitchTrack pitch) {
        SpectralStats spectrum = spectralAnalyzer.analyze(speech);
        FormantEstimator.Formants formants = formantEstimator.estimate(speech, pitch);
        VoiceActivityDetector.Activity activity = vad.detect(speech);
        double rate = SpeakingRate.syllablesPerSecond(speech, pitch, activity);
        GenderGuess.Guess gender = GenderGuess.of(pitch.medianHz(), formants.vocalTractLengthCm());
        return new VoiceProfileData(VoiceProfileData.CURRENT_VERSION, speech.sampleRate(), activity.speechSeconds(),
                pitch.medianHz(), pitch.percentileHz(10), pitch.percentileHz(90), pitch.stdSemitones(),
                formants.medianHz(), formants.spacingHz(), formants.vocalTractLengthCm(),
                spectrum.mfccMean(), spectrum.meanLogMel(), spectrum.ltasDb(), rate,
                gender.gender(), gender.confidence(), null, Voiceprint.of(speech));
    }

    PitchTrack pitch(PcmAudio speech) {
        return pitchTracker.track(speech);
    }
}
