package studio.loqui.voice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import studio.loqui.media.asr.RecognitionException;
import studio.loqui.media.asr.SpeechRecognizer;
import studio.loqui.media.asr.WordErrorRate;
import studio.loqui.media.audio.AudioEncoder;
import studio.loqui.media.audio.AudioFormat;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.tts.SpeechSynthesizer;
import studio.loqui.media.tts.SynthesisRequest;
import studio.loqui.media.tts.SynthesisResult;
import studio.loqui.media.tts.SynthesizerChooser;
import studio.loqui.media.tts.VoiceOptions;
import studio.loqui.media.voiceprint.SpeakerSimilarity;
import studio.loqui.media.voiceprint.VoiceConverter;
import studio.loqui.media.voiceprint.VoiceProfileData;

import java.util.Optional;

/**
 * Speaks text in a voice: synthesis, conversion toward the voice, then the output check no competitor
 * has: the speech is transcribed back, and when words were dropped or garbled it is rendered once more
 * at a slower pace and the better take kept. Every result reports what was heard and the similarity
 * to the voice.
 */
@ApplicationScoped
public class SpeechService {

    /** Word error rate above which a take is rendered again. */
    static final double RERENDER_ABOVE = 0.25;
    private static final double SLOWER = 0.9;

    private final SynthesizerChooser synthesizers;
    private final VoiceConverter converter;
    private final SpeakerSimilarity similarity;
    private final Instance<SpeechRecognizer> recognizers;
    private final AudioEncoder encoder;

    public SpeechService(SynthesizerChooser synthesizers, VoiceConverter converter, SpeakerSimilarity similarity,
                         Instance<SpeechRecognizer> recognizers, AudioEncoder encoder) {
        this.synthesizers = synthesizers;
        this.converter = converter;
        this.similarity = similarity;
        this.recognizers = recognizers;
        this.encoder = encoder;
    }

    /** Text to speak, in which language, toward which voice (null: the engine's own voice). */
    public record SpeechRequest(String text, String language, VoiceProfileData target, VoiceOptions voice) {
    }

    /** One rendered utterance and what was measured of it. */
    public record Speech(PcmAudio audio, String engine, Double similarity, String heardText, Double wordErrorRate,
                         boolean rerendered) {
    }

    public Speech speak(SpeechRequest request, Runnable checkpoint) {
        SpeechSynthesizer engine = synthesizers.require(request.language());
        Take first = take(engine, request, request.voice());
        checkpoint.run();
        Take chosen = first;
        boolean rerendered = false;
        if (first.wer() != null && first.wer() > RERENDER_ABOVE) {
            VoiceOptions slower = new VoiceOptions(request.voice().voiceName(), request.voice().gender(),
                    request.voice().speed() * SLOWER);
            Take second = take(engine, request, slower);
            rerendered = true;
            chosen = second.wer() != null && second.wer() < first.wer() ? second : first;
            checkpoint.run();
        }
        Double score = request.target() == null ? null : similarity.score(chosen.audio(), request.target());
        return new Speech(chosen.audio(), chosen.engine(), score, chosen.heard(), chosen.wer(), rerendered);
    }

    public byte[] encode(PcmAudio audio, AudioFormat format) {
        return encoder.encode(audio, format);
    }

    private record Take(PcmAudio audio, String engine, String heard, Double wer) {
    }

    private Take take(SpeechSynthesizer engine, SpeechRequest request, VoiceOptions voice) {
        SynthesisResult result = engine.synthesize(new SynthesisRequest(request.text(), request.language(), voice,
                false));
        PcmAudio audio = request.target() == null ? result.audio() : converter.convert(result.audio(), request.target());
        Optional<SpeechRecognizer> recognizer = recognizerFor(request.language());
        if (recognizer.isEmpty()) {
            return new Take(audio, result.engine(), null, null);
        }
        try {
            String heard = recognizer.get().recognize(audio, request.language()).text();
            return new Take(audio, result.engine(), heard, WordErrorRate.compute(request.text(), heard).rate());
        } catch (RecognitionException e) {
            return new Take(audio, result.engine(), null, null);
        }
    }

    private Optional<SpeechRecognizer> recognizerFor(String language) {
        String primary = language.split("-")[0];
        return recognizers.stream()
                .filter(SpeechRecognizer::available)
                .filter(r -> r.languages().contains(language) || r.languages().contains(primary))
                .findFirst();
    }
}
