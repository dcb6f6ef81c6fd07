package studio.loqui.speech;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.asr.RecognitionException;
import studio.loqui.media.asr.RecognizerChooser;
import studio.loqui.media.asr.WordErrorRate;
import studio.loqui.media.audio.AudioEncoder;
import studio.loqui.media.audio.AudioFormat;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.tts.Languages;
import studio.loqui.media.tts.SpeechSynthesizer;
import studio.loqui.media.tts.SpeechTiming;
import studio.loqui.media.tts.SynthesisRequest;
import studio.loqui.media.tts.SynthesizerChooser;
import studio.loqui.media.tts.VoiceOptions;
import studio.loqui.media.voiceprint.ClonedSpeech;
import studio.loqui.media.voiceprint.VoiceCloner;
import studio.loqui.media.voiceprint.VoiceProfileData;

import java.util.Optional;
import java.util.List;

/**
 * The voice feature's one way to speak: text in a cloned voice through {@link VoiceCloner} (synthesis,
 * conversion, then heard back and re-rendered once when words were dropped), or in a stock voice, which
 * is heard back too; a stock gender the engine has no voice of is the engine cloned toward a {@link BuiltInVoices}
 * voice. Every result reports what was heard and, for a clone, the similarity to the voice.
 */
@ApplicationScoped
public class SpeechService {

    private final VoiceCloner cloner;
    private final SynthesizerChooser synthesizers;
    private final RecognizerChooser recognizers;
    private final AudioEncoder encoder;
    private final MeterRegistry meters;
    private final BuiltInVoices builtIn;

    public SpeechService(VoiceCloner cloner, SynthesizerChooser synthesizers, RecognizerChooser recognizers,
                         AudioEncoder encoder, MeterRegistry meters, BuiltInVoices builtIn) {
        this.builtIn = builtIn;
        this.cloner = cloner;
        this.synthesizers = synthesizers;
        this.recognizers = recognizers;
        this.encoder = encoder;
        this.meters = meters;
    }

    /** Text to speak, in which language, in which voice: a clone's profile, or (null) a stock gender. */
    /** {@code speed} is the stock voices' speaking rate (1 their normal one); a cloned voice keeps its own. */
    public record SpeechRequest(String text, String language, VoiceProfileData target, String stockGender,
                                double speed) {
        public SpeechRequest(String text, String language, VoiceProfileData target, String stockGender) {
            this(text, language, target, stockGender, 1.0);
        }
    }

    /** One rendered utterance and what was measured of it; {@code phones} timed where the engine tells them. */
    public record Speech(PcmAudio audio, String engine, Double similarity, String heardText, Double wordErrorRate,
                         boolean rerendered, List<SpeechTiming> phones) {
    }

    /** Speaks; {@code checkpoint} runs between the expensive steps so a cancelled job stops early. */
    public Speech speak(SpeechRequest request, Runnable checkpoint) {
        long started = System.nanoTime();
        Speech speech = render(request, checkpoint);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (speech.audio().durationSeconds() > 0) {
            // wall time over audio time of the whole checked utterance: synthesis, conversion and the hearing back
            DistributionSummary.builder("loqui.engine.real.time.factor").tag("work", "speech")
                    .tag("engine", speech.engine()).register(meters).record(seconds / speech.audio().durationSeconds());
        }
        return speech;
    }

    private Speech render(SpeechRequest request, Runnable checkpoint) {
        checkpoint.run();
        if (request.target() != null) {
            ClonedSpeech cloned = cloner.speak(request.text(), request.language(), request.target());
            return new Speech(cloned.audio(), cloned.engine(), cloned.similarity(), cloned.heard(),
                    cloned.wordErrorRate(), cloned.rerendered(), cloned.phones());
        }
        SpeechSynthesizer engine = synthesizers.require(request.language());
        Optional<BuiltInVoices.BuiltInVoice> learned = engine.hasVoiceOf(request.stockGender()) ? Optional.empty()
                : builtIn.of(request.stockGender());
        if (learned.isPresent()) {
            ClonedSpeech cloned = cloner.speak(request.text(), request.language(), learned.get().profile());
            return new Speech(cloned.audio(), cloned.engine(), null, cloned.heard(), cloned.wordErrorRate(),
                    cloned.rerendered(), cloned.phones());
        }
        var result = engine.synthesize(new SynthesisRequest(request.text(),
                request.language(), new VoiceOptions(null, request.stockGender(), request.speed()), false));
        checkpoint.run();
        String heard = hear(result.audio(), request.language());
        Double wer = heard == null ? null : WordErrorRate.spoken(request.text(), heard, request.language()).rate();
        return new Speech(result.audio(), result.engine(), null, heard, wer, false, result.phonemes());
    }

    public byte[] encode(PcmAudio audio, AudioFormat format) {
        return encoder.encode(audio, format);
    }

    /** The speech faster ({@code tempo} above 1) or slower, at its pitch. */
    public PcmAudio retimed(PcmAudio audio, double tempo) {
        return encoder.retimed(audio, tempo);
    }

    private String hear(PcmAudio audio, String language) {
        return recognizers.choose(language)
                .map(RecognizerChooser.Choice::recognizer)
                .map(r -> {
                    try {
                        return r.recognize(audio, language).text();
                    } catch (RecognitionException e) {
                        return null;
                    }
                })
                .orElse(null);
    }
}
