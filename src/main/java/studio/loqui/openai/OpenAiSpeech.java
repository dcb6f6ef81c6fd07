package studio.loqui.openai;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.SyncWorkPool;
import studio.loqui.media.tts.SynthesisException;
import studio.loqui.media.voiceprint.VoiceProfileData;
import studio.loqui.speech.SpeechFiles;
import studio.loqui.speech.SpeechJobs;
import studio.loqui.speech.SpeechService;
import studio.loqui.speech.VoiceChoice;
import studio.loqui.speech.VoiceService;
import studio.loqui.system.ApiException;

/**
 * {@code POST /v1/audio/speech}: the input spoken at once in a voice, by the same checked synthesis as every
 * other face (a clone is converted, heard back and re-rendered once when words were dropped), then set to the
 * requested speed and encoded. It runs on the bounded pool of synchronous work, so a full pool answers 503.
 */
@ApplicationScoped
public class OpenAiSpeech {

    /** OpenAI's limit on {@code input}. */
    public static final int MAX_INPUT_CHARS = 4096;
    static final double MIN_SPEED = 0.25;
    static final double MAX_SPEED = 4.0;

    private final OpenAiVoices voices;
    private final SpeechJobs checks;
    private final SpeechFiles files;
    private final SpeechService speech;
    private final SyncWorkPool work;

    public OpenAiSpeech(OpenAiVoices voices, SpeechJobs checks, SpeechFiles files, SpeechService speech,
                        SyncWorkPool work) {
        this.voices = voices;
        this.checks = checks;
        this.files = files;
        this.speech = speech;
        this.work = work;
    }

    /** What to say and how; {@code language} is this server's extension (the voice's own language when null). */
    public record Order(String input, String voice, SpeechFormat format, Double speed, String language) {
    }

    /** The encoded speech and what was measured of it. */
    public record Spoken(byte[] audio, SpeechFormat format, SpeechService.Speech speech) {
    }

    public Spoken speak(long ownerId, Order order) {
        String text = checkInput(order.input());
        double speed = checkSpeed(order.speed());
        VoiceChoice choice = voices.resolve(ownerId, order.voice());
        String language = order.language() == null || order.language().isBlank()
                ? choice.defaultLanguage() : VoiceService.language(order.language());
        checks.checkLanguage(language);
        VoiceProfileData target = files.profile(ownerId, choice.voiceId()).orElse(null);
        SpeechService.SpeechRequest request = new SpeechService.SpeechRequest(text, language, target,
                choice.stockGender());
        return work.call("speech", () -> render(request, speed, order.format()));
    }

    private Spoken render(SpeechService.SpeechRequest request, double speed, SpeechFormat format) {
        try {
            SpeechService.Speech spoken = speech.speak(request, () -> { });
            byte[] audio = speech.encode(speech.retimed(spoken.audio(), speed), format.encoding());
            return new Spoken(audio, format, spoken);
        } catch (SynthesisException e) {
            throw ApiException.invalidField("input", e.getMessage());
        }
    }

    private static String checkInput(String input) {
        if (input == null || input.isBlank()) {
            throw ApiException.invalidField("input", "Text to speak is required");
        }
        if (input.length() > MAX_INPUT_CHARS) {
            throw ApiException.invalidField("input", "At most " + MAX_INPUT_CHARS + " characters; this input has "
                    + input.length());
        }
        return input.strip();
    }

    private static double checkSpeed(Double speed) {
        if (speed == null) {
            return 1.0;
        }
        if (!(speed >= MIN_SPEED && speed <= MAX_SPEED)) {
            throw ApiException.invalidField("speed", "must be between " + MIN_SPEED + " and " + MAX_SPEED);
        }
        return speed;
    }
}
