package studio.loqui.speech;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.MediaInputRejected;
import studio.loqui.media.asr.RecognitionException;
import studio.loqui.media.asr.RecognizerChooser;
import studio.loqui.media.asr.SpeechSpans;
import studio.loqui.media.asr.Transcript;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.AudioDecodingException;
import studio.loqui.media.quality.AudioMeter;
import studio.loqui.media.audio.AudioQualityReport;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.tts.SynthesisException;
import studio.loqui.media.voiceprint.TimbreLearner;
import studio.loqui.media.voiceprint.TimbreMapping;
import studio.loqui.media.voiceprint.VoiceAnalyzer;
import studio.loqui.media.voiceprint.VoiceProfileData;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Turns a recording into a voice: decodes it, measures whether it can be cloned (at least 3 s of
 * speech, not silence or noise), analyses the speaker and learns the speaker's timbre from the heard
 * words ({@link TimbreLearner}). Bounded work (the engine says at most 40 s of words; see BENCHMARKS.md).
 */
@ApplicationScoped
public class VoiceAnalysis {

    private static final String HEARING_LANGUAGE = "en";

    private final AudioDecoder decoder;
    private final AudioMeter meter;
    private final VoiceAnalyzer analyzer;
    private final ObjectMapper json;
    private final RecognizerChooser recognizers;
    private final TimbreLearner learner;

    public VoiceAnalysis(AudioDecoder decoder, AudioMeter meter, VoiceAnalyzer analyzer, ObjectMapper json,
                         RecognizerChooser recognizers, TimbreLearner learner) {
        this.learner = learner;
        this.decoder = decoder;
        this.meter = meter;
        this.analyzer = analyzer;
        this.json = json;
        this.recognizers = recognizers;
    }

    /**
     * Analyses speech in a file; a recording that cannot make a voice is refused saying why
     * ({@link MediaInputRejected}: a 400 from an endpoint, the failure reason of a job). Media work: call it
     * outside any transaction.
     */
    public AnalysedSpeech analyse(Path file) {
        PcmAudio speech = decode(file);
        Optional<Transcript> words = hear(speech);
        Optional<SpeechSpans> heard = words.map(t -> SpeechSpans.of(t, speech.durationSeconds()));
        AudioQualityReport quality = meter.measure(speech, heard.map(SpeechSpans::speechSeconds).orElse(null));
        if (!quality.accepted()) {
            throw new MediaInputRejected("This recording cannot be used as a voice sample: " + quality.rejectionReason());
        }
        VoiceProfileData measured = heard.map(spans -> analyzer.analyzeSpeech(speech, spans))
                .orElseGet(() -> analyzer.analyze(speech));
        return new AnalysedSpeech(quality, measured.withTimbre(timbre(speech, words, measured)));
    }

    /** The envelope mapping learned from the sample's heard words, or the global equaliser saying why not. */
    private TimbreMapping timbre(PcmAudio speech, Optional<Transcript> words, VoiceProfileData measured) {
        if (words.isEmpty()) {
            return TimbreMapping.global("no speech recogniser here heard the sample's words");
        }
        try {
            return learner.learn(List.of(new TimbreLearner.HeardSample(speech, words.get())), measured);
        } catch (SynthesisException e) {
            return TimbreMapping.global("the synthesis engine could not say the sample's words: " + e.getMessage());
        }
    }

    /**
     * Where words are heard in the recording. The recogniser's words mark speech in any language well enough
     * to tell it from music and noise; without a recogniser the voice-activity detector decides.
     */
    private Optional<Transcript> hear(PcmAudio speech) {
        return recognizers.choose(HEARING_LANGUAGE).map(choice -> {
            try {
                return choice.recognizer().recognize(speech, choice.language());
            } catch (RecognitionException e) {
                return null;
            }
        });
    }

    public PcmAudio decode(Path file) {
        try {
            return decoder.decode(file, VoiceAnalyzer.ANALYSIS_RATE);
        } catch (AudioDecodingException e) {
            throw new MediaInputRejected(MediaInputRejected.Problem.INVALID,
                    "The audio could not be decoded: " + e.getMessage(), e);
        }
    }

    public VoiceProfileData profileOf(Voice voice) {
        try {
            return json.readValue(voice.profileJson, VoiceProfileData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Voice " + voice.publicId + " has an unreadable profile", e);
        }
    }

    public AudioQualityReport qualityOf(Voice voice) {
        try {
            return voice.qualityJson == null ? null : json.readValue(voice.qualityJson, AudioQualityReport.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
