package studio.loqui.media.voiceprint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import studio.loqui.media.asr.RecognizerChooser;
import studio.loqui.media.asr.SpeechRecognizer;
import studio.loqui.media.asr.Transcript;
import studio.loqui.media.asr.WordErrorRate;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.tts.Languages;
import studio.loqui.media.tts.SpeechSynthesizer;
import studio.loqui.media.tts.SpeechTiming;
import studio.loqui.media.tts.SynthesisRequest;
import studio.loqui.media.tts.SynthesisResult;
import studio.loqui.media.tts.SynthesizerChooser;
import studio.loqui.media.tts.VoiceOptions;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

/**
 * Says a text in a measured voice: the best engine for the language speaks it (in the profile's
 * gender where the engine has variants, at its pitch where the engine can set pitch),
 * {@link VoiceConverter} moves it toward the profile, and
 * where a recogniser knows the language the result is heard back; when the word error rate
 * exceeds {@link #RERENDER_ABOVE_WER} the text is rendered once more at a slower pace and the
 * better-heard take is kept.
 */
@ApplicationScoped
public class VoiceCloner {

    public static final double RERENDER_ABOVE_WER = 0.25;
    private static final double SLOWER = 0.9;
    private static final double MIN_SPEED = 0.5;
    private static final double MAX_SPEED = 2.0;
    private static final String RATE_CALIBRATION = "When the sunlight strikes raindrops in the air, they act as a prism "
            + "and form a rainbow. The rainbow is a division of white light into many beautiful colours. These take "
            + "the shape of a long round arch, with its path high above, and its two ends apparently beyond the horizon.";

    private final Map<String, Double> engineRates = new ConcurrentHashMap<>();

    private final SynthesizerChooser synthesizers;
    private final VoiceConverter converter;
    private final SpeakerSimilarity similarity;
    private final RecognizerChooser recognizers;

    @Inject
    public VoiceCloner(SynthesizerChooser synthesizers, VoiceConverter converter, SpeakerSimilarity similarity,
                       Instance<SpeechRecognizer> recognizers) {
        this(synthesizers, converter, similarity, recognizers.stream().toList());
    }

    public VoiceCloner(SynthesizerChooser synthesizers, VoiceConverter converter, SpeakerSimilarity similarity,
                       List<SpeechRecognizer> recognizers) {
        this.synthesizers = synthesizers;
        this.converter = converter;
        this.similarity = similarity;
        this.recognizers = new RecognizerChooser(recognizers);
    }

    /** Throws {@link studio.loqui.media.tts.SynthesisException} for empty, over-long or unsupported requests. */
    public ClonedSpeech speak(String text, String language, VoiceProfileData voice) {
        return speak(text, language, voice, 1.0);
    }

    /**
     * As {@link #speak(String, String, VoiceProfileData)}, {@code tempo} times faster than the voice's own
     * pace (within what the engines allow), for speech that must fit a given time such as a dub.
     */
    public ClonedSpeech speak(String text, String language, VoiceProfileData voice, double tempo) {
        SpeechSynthesizer engine = synthesizers.require(language);
        Optional<SpeechRecognizer> recognizer = recognizers.choose(language)
                .map(RecognizerChooser.Choice::recognizer);
        double speed = Math.max(MIN_SPEED, Math.min(MAX_SPEED, speedFor(engine, language, voice) * tempo));
        ClonedSpeech take = render(engine, text, language, voice, speed, recognizer);
        if (take.wordErrorRate() != null && take.wordErrorRate() > RERENDER_ABOVE_WER) {
            ClonedSpeech again = render(engine, text, language, voice, Math.max(MIN_SPEED, speed * SLOWER), recognizer);
            return new ClonedSpeech(better(take, again), true);
        }
        return take;
    }

    /** Engine speed that brings its speaking rate to the voice's, from a one-off measure of the engine. */
    private double speedFor(SpeechSynthesizer engine, String language, VoiceProfileData voice) {
        double engineRate = engineRates.computeIfAbsent(engine.name() + "/" + Languages.normalise(language),
                key -> converter.analyzer().analyze(engine.synthesize(
                        new SynthesisRequest(RATE_CALIBRATION, language, null, false)).audio()).syllablesPerSecond());
        if (engineRate <= 0 || voice.syllablesPerSecond() <= 0) {
            return 1.0;
        }
        return Math.max(0.8, Math.min(1.25, voice.syllablesPerSecond() / engineRate));
    }

    private ClonedSpeech render(SpeechSynthesizer engine, String text, String language, VoiceProfileData voice,
                                double speed, Optional<SpeechRecognizer> recognizer) {
        VoiceOptions options = new VoiceOptions(null, voice.gender(), speed,
                engine.followsPitchTarget() ? ConversionPlan.pitchTarget(voice) : null);
        SynthesisResult spoken = engine.synthesize(new SynthesisRequest(text, language, options, true));
        VoiceConverter.Conversion conversion = converter.convertWithPlan(spoken.audio(), spoken.pitch(), voice);
        PcmAudio audio = conversion.audio();
        List<SpeechTiming> phones = retimed(spoken.phonemes(), audio.durationSeconds() / spoken.audio().durationSeconds());
        double score = conversion.outputPitch() != null
                ? similarity.score(audio, conversion.outputPitch(), voice) : similarity.score(audio, voice);
        if (recognizer.isEmpty()) {
            return new ClonedSpeech(audio, engine.name(), score, conversion.plan(), null, null, false, phones);
        }
        Transcript heard = recognizer.get().recognize(audio, language);
        double wer = WordErrorRate.spoken(text, heard.text(), language).rate();
        return new ClonedSpeech(audio, engine.name(), score, conversion.plan(), heard.text(), wer, false, phones);
    }

    // The conversion may change the tempo; it does so evenly, so the phones scale with the length.
    private static List<SpeechTiming> retimed(List<SpeechTiming> phones, double factor) {
        return phones.stream()
                .map(p -> new SpeechTiming(p.label(), p.startSeconds() * factor, p.endSeconds() * factor))
                .toList();
    }

    private static ClonedSpeech better(ClonedSpeech a, ClonedSpeech b) {
        return b.wordErrorRate() < a.wordErrorRate() ? b : a;
    }
}
