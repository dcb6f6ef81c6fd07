package studio.loqui.speech;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.jobs.JobOptions;
import studio.loqui.jobs.JobService;
import studio.loqui.jobs.JobSubmission;
import studio.loqui.media.audio.AudioFormat;
import studio.loqui.media.tts.SynthesisRequest;
import studio.loqui.media.tts.SynthesizerChooser;
import studio.loqui.storage.AssetArea;
import studio.loqui.system.ApiException;

import java.util.TreeSet;

/** Checks a speech request and queues it as a {@code synthesize} job; bad input never makes a job. */
@ApplicationScoped
public class SpeechJobs {

    private final JobService jobs;
    private final SynthesizerChooser synthesizers;

    public SpeechJobs(JobService jobs, SynthesizerChooser synthesizers) {
        this.jobs = jobs;
        this.synthesizers = synthesizers;
    }

    /** Text to speak in a voice of the owner's (or a stock gender), where to put it, and as what. */
    public record Order(Long voiceId, String stockGender, String text, String language, String format,
                        AssetArea area, String outputName) {
    }

    @Transactional
    public JobSubmission submit(long ownerId, Order order, JobOptions options) {
        String language = VoiceService.language(order.language());
        String text = checkText("text", order.text());
        checkLanguage(language);
        AudioFormat format = format(order.format());
        SynthesizeInput input = new SynthesizeInput(order.voiceId(), order.stockGender(), text, language,
                format.name().toLowerCase(), order.area().name(), order.outputName());
        return jobs.submit(SynthesizeHandler.KIND, ownerId, input, options);
    }

    public static String checkText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.invalidField(field, "Text to speak is required");
        }
        if (text.length() > SynthesisRequest.MAX_TEXT_CHARS) {
            throw ApiException.invalidField(field, "At most " + SynthesisRequest.MAX_TEXT_CHARS
                    + " characters per request; this text has " + text.length());
        }
        return text.strip();
    }

    public void checkLanguage(String language) {
        if (synthesizers.choose(language).isEmpty()) {
            throw ApiException.invalidField("language", "Speech in '" + language + "' is not available here; available: "
                    + String.join(", ", new TreeSet<>(synthesizers.supportedLanguages().keySet())));
        }
    }

    public static AudioFormat format(String name) {
        try {
            return AudioFormat.parse(name);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("format", e.getMessage());
        }
    }
}
