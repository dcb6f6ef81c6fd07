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
import studio.loqui.media.voiceprint.SeveralSpeakers;
import studio.loqui.media.voiceprint.TimbreLearner;
import studio.loqui.media.voiceprint.TimbreMapping;
import studio.loqui.media.voiceprint.VoiceAnalyzer;
import studio.loqui.media.voiceprint.VoiceProfileData;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a recording into a voice: decodes it, measures whether it can be cloned (at least 3 s of
 * speech, not silence or noise), analyses the speaker and learns the speaker's timbre from the heard
 * words ({@link TimbreLearner}). Bounded work (the engine says at most 40 s of words; see BENCHMARKS.md).
 */
@ApplicationScoped
public class VoiceAnalysis {

    private static final String HEARING_LANGUAGE = "en";
    /** Recordings a voice learns from at most, as hosted cloners allow. */
    public static final int MAX_SAMPLES = 8;
    /** Longest recording taken as a sample; a longer one is refused after decoding only this much of it. */
    public static final double MAX_SAMPLE_SECONDS = 300;
    /** What of each sample is heard and measured: more adds little to a voice and costs time. */
    public static final double USED_SECONDS_PER_SAMPLE = 60;

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
        return analyseAll(List.of(file));
    }

    /**
     * A voice from several recordings of one speaker ({@link #MAX_SAMPLES} at most): each is decoded, heard and
     * measured on its own (one that cannot make a voice is refused, naming it); the speaker is measured on the
     * recognised speech of all of them, and the timbre is learned from all their heard words. The quality
     * report is the last recording's. Media work: call it outside any transaction.
     */
    public AnalysedSpeech analyseAll(List<Path> files) {
        if (files.isEmpty() || files.size() > MAX_SAMPLES) {
            throw new IllegalArgumentException("a voice is learned from 1.." + MAX_SAMPLES + " samples");
        }
        List<PcmAudio> audio = new ArrayList<>();
        List<Optional<Transcript>> words = new ArrayList<>();
        AudioQualityReport quality = null;
        for (int i = 0; i < files.size(); i++) {
            PcmAudio speech = sample(files.get(i), files.size() == 1 ? "The recording" : "Sample " + (i + 1));
            Optional<Transcript> heard = hear(speech);
            quality = meter.measure(speech, heard.map(t -> SpeechSpans.of(t, speech.durationSeconds()).speechSeconds())
                    .orElse(null));
            if (!quality.accepted()) {
                throw new MediaInputRejected((files.size() == 1 ? "This recording" : "Sample " + (i + 1))
                        + " cannot be used as a voice sample: " + quality.rejectionReason());
            }
            String which = files.size() == 1 ? "This recording" : "Sample " + (i + 1);
            heard.flatMap(t -> SeveralSpeakers.in(speech, SpeechSpans.of(t, speech.durationSeconds())))
                    .ifPresent(why -> {
                        throw new MediaInputRejected(which + " cannot be used as a voice sample: " + why);
                    });
            audio.add(speech);
            words.add(heard);
        }
        VoiceProfileData measured = measure(audio, words);
        return new AnalysedSpeech(quality, measured.withTimbre(timbre(audio, words, measured)));
    }

    /** The speaker measured on the recognised speech of all the recordings, or on all of them where none was heard. */
    private VoiceProfileData measure(List<PcmAudio> audio, List<Optional<Transcript>> words) {
        List<SpeechSpans.Span> spans = new ArrayList<>();
        double offset = 0;
        for (int i = 0; i < audio.size(); i++) {
            double seconds = audio.get(i).durationSeconds();
            double at = offset;
            words.get(i).ifPresent(t -> SpeechSpans.of(t, seconds).spans()
                    .forEach(s -> spans.add(new SpeechSpans.Span(s.start() + at, s.end() + at))));
            offset += seconds;
        }
        PcmAudio all = audio.size() == 1 ? audio.get(0) : concat(audio);
        boolean anyHeard = words.stream().anyMatch(Optional::isPresent);
        return anyHeard ? analyzer.analyzeSpeech(all, new SpeechSpans(List.copyOf(spans))) : analyzer.analyze(all);
    }

    /** The envelope mapping learned from the sample's heard words, or the global equaliser saying why not. */
    private TimbreMapping timbre(List<PcmAudio> audio, List<Optional<Transcript>> words, VoiceProfileData measured) {
        List<TimbreLearner.HeardSample> heard = new ArrayList<>();
        for (int i = 0; i < audio.size(); i++) {
            PcmAudio speech = audio.get(i);
            words.get(i).ifPresent(t -> heard.add(new TimbreLearner.HeardSample(speech, t)));
        }
        if (heard.isEmpty()) {
            return TimbreMapping.global("no speech recogniser here heard the sample's words");
        }
        try {
            return learner.learn(heard, measured);
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

    private static PcmAudio concat(List<PcmAudio> parts) {
        int length = parts.stream().mapToInt(PcmAudio::length).sum();
        float[] out = new float[length];
        int at = 0;
        for (PcmAudio part : parts) {
            System.arraycopy(part.samples(), 0, out, at, part.length());
            at += part.length();
        }
        return new PcmAudio(out, parts.get(0).sampleRate());
    }

    /** The first {@link #USED_SECONDS_PER_SAMPLE} of a sample; one over {@link #MAX_SAMPLE_SECONDS} is refused. */
    private PcmAudio sample(Path file, String which) {
        PcmAudio head;
        try {
            head = decoder.decodeHead(file, VoiceAnalyzer.ANALYSIS_RATE, Duration.ofSeconds((long) MAX_SAMPLE_SECONDS));
        } catch (AudioDecodingException e) {
            throw new MediaInputRejected(MediaInputRejected.Problem.INVALID,
                    "The audio could not be decoded: " + e.getMessage(), e);
        }
        if (head.durationSeconds() > MAX_SAMPLE_SECONDS) {
            throw new MediaInputRejected(String.format(Locale.ROOT, "%s is longer than %.0f minutes; a voice sample "
                    + "needs at most that (the first minute of each is what the voice is learned from)", which,
                    MAX_SAMPLE_SECONDS / 60));
        }
        return head.durationSeconds() > USED_SECONDS_PER_SAMPLE ? head.slice(0, USED_SECONDS_PER_SAMPLE) : head;
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
