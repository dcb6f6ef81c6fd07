package studio.loqui.media.asr;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.vosk.Model;
import studio.loqui.media.MediaConfig;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.Decimator;
import studio.loqui.media.models.BundledModels;
import studio.loqui.media.tts.Languages;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * US English recognition with Vosk (Kaldi) in process, through JNA, with the small US English model
 * that the build puts on the class path, found by {@link BundledModels} ({@code loqui.media.models-dir} may
 * hold a {@code vosk-model-en-us/} folder of its own instead). The model loads once, on first use;
 * each call borrows a warm recogniser of its own ({@link WarmRecognizers}), so calls may run in parallel.
 */
@ApplicationScoped
public class VoskRecognizer implements SpeechRecognizer {

    static final int RATE = 16000;
    private static final Logger LOG = Logger.getLogger(VoskRecognizer.class);
    private static final int CHUNK_SAMPLES = RATE / 4;
    private static final int PRIORITY = 10;

    /** The model's folder under {@code models/}. */
    static final String MODEL = "vosk-model-en-us";
    /** What the build wrote about the model ({@code vosk.version}, {@code model.name}, {@code source}). */
    private static final String DESCRIPTION = "loqui-model.properties";

    private final BundledModels models;
    private final LazyVoskModel model;
    private final WarmRecognizers recognizers;

    /** For tests and benchmarks: the model is extracted, when it has to be, under the temp folder. */
    public VoskRecognizer() {
        this(new BundledModels(Path.of("models"), Path.of(System.getProperty("java.io.tmpdir"), "loqui-models")), 2);
    }

    @Inject
    public VoskRecognizer(MediaConfig config) {
        this(new BundledModels(Path.of(config.modelsDir()), Path.of(config.modelCache()).toAbsolutePath()),
                config.warmRecognizers());
    }

    VoskRecognizer(BundledModels models, int warmRecognizers) {
        this.models = models;
        this.model = new LazyVoskModel(() -> models.folder(MODEL, DESCRIPTION));
        this.recognizers = new WarmRecognizers(model, RATE, warmRecognizers);
    }

    @Override
    public String name() {
        return "vosk";
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public boolean available() {
        return problem() == null;
    }

    @Override
    public String detail() {
        String problem = problem();
        if (problem != null) {
            return problem;
        }
        Properties about = description();
        return "Vosk " + about.getProperty("vosk.version", "") + " (Kaldi, in process) with the US English model "
                + about.getProperty("model.name", "model-en-us") + " from " + about.getProperty("source", "the class path")
                + (model.loaded() ? ", loaded" : ", loaded on first use");
    }

    @Override
    public Set<String> languages() {
        return available() ? Set.of("en", "en-us") : Set.of();
    }

    @Override
    public Transcript recognize(PcmAudio speech, String language) {
        if (!languages().contains(Languages.normalise(language))) {
            throw new RecognitionException("Speech recognition does not support the language '" + language + "' on this server.");
        }
        PcmAudio audio = atModelRate(speech);
        try (WarmRecognizers.Lease recognizer = recognizers.borrow()) {
            List<Transcript.Word> words = recognizeIn(recognizer, audio);
            return new Transcript(String.join(" ", words.stream().map(Transcript.Word::word).toList()), List.copyOf(words));
        }
    }

    @Override
    public String model() {
        return description().getProperty("model.name", MODEL);
    }

    @Override
    public boolean hearsLive() {
        return available();
    }

    @Override
    public LiveRecognition listen(String language) {
        if (!languages().contains(Languages.normalise(language))) {
            throw new RecognitionException("Speech recognition does not support the language '" + language + "' on this server.");
        }
        return new VoskLiveRecognition(recognizers.borrow());
    }

    /** Loads the model now (at start-up, or to time it) rather than on the first recognition. */
    public void preload() {
        model.get();
    }

    /**
     * As the server starts, on a thread of its own: loads the model and leaves a recogniser warm (its decoding
     * graph composed), so that the first job does not wait seconds for them.
     */
    void warmUp(@Observes StartupEvent event) {
        Thread thread = new Thread(this::warmQuietly, "vosk-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private void warmQuietly() {
        try {
            recognize(new PcmAudio(new float[RATE], RATE), "en");
        } catch (RuntimeException e) {
            LOG.debugf("Vosk not warmed up at start: %s", e.getMessage());
        }
    }

    /** The loaded model, for tests that check it is shared. */
    Model loadedModel() {
        return model.get();
    }

    /** How many recognisers wait warm for the next recognition, for tests. */
    int warmRecognizers() {
        return recognizers.idleCount();
    }

    @PreDestroy
    void close() {
        recognizers.close();
        model.close();
    }

    /**
     * Vosk itself lowers other rates (the model allows downsampling) but cannot raise them: below 16 kHz
     * Kaldi aborts the process rather than failing the call, so such audio is refused here.
     */
    private static PcmAudio atModelRate(PcmAudio speech) {
        if (speech.sampleRate() < RATE) {
            throw new RecognitionException("Vosk needs audio at 16 kHz or more; decode it at 16 kHz first.");
        }
        return speech.sampleRate() % RATE == 0 ? Decimator.toRate(speech, RATE) : speech;
    }

    private static List<Transcript.Word> recognizeIn(WarmRecognizers.Lease recognizer, PcmAudio audio) {
        List<Transcript.Word> words = new ArrayList<>();
        short[] chunk = new short[CHUNK_SAMPLES];
        float[] samples = audio.samples();
        for (int from = 0; from < samples.length; from += CHUNK_SAMPLES) {
            int length = Math.min(CHUNK_SAMPLES, samples.length - from);
            toShorts(samples, from, length, chunk);
            if (recognizer.accept(chunk, length)) {
                words.addAll(recognizer.result());
            }
        }
        words.addAll(recognizer.finalResult());
        return words;
    }

    private static void toShorts(float[] samples, int from, int length, short[] out) {
        for (int i = 0; i < length; i++) {
            out[i] = (short) Math.round(Math.max(-1f, Math.min(1f, samples[from + i])) * 32767f);
        }
    }

    private String problem() {
        if (VoskNative.problem() != null) {
            return VoskNative.problem();
        }
        if (!models.has(MODEL, DESCRIPTION)) {
            return "the Vosk model is not on the class path (models/" + MODEL
                    + "/; the build unpacks it from com.alphacephei:vosk-model-en)";
        }
        return model.failure();
    }

    /** What the build wrote about the model; empty if unreadable. */
    private Properties description() {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(models.read(MODEL, DESCRIPTION).orElse("")));
        } catch (IOException | IllegalArgumentException | UncheckedIOException unreadable) {
            properties.clear();
        }
        return properties;
    }
}
