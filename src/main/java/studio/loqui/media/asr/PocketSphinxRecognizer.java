package studio.loqui.media.asr;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.WavFiles;
import studio.loqui.media.dsp.Decimator;
import studio.loqui.media.process.ToolProcess;
import studio.loqui.media.process.ToolProcessException;
import studio.loqui.media.process.ToolResult;
import studio.loqui.media.tts.Languages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * US English recognition with CMU PocketSphinx through the {@code pocketsphinx_continuous} command
 * of Debian's {@code pocketsphinx} 0.8/5-prealpha package and the {@code pocketsphinx-en-us}
 * model. With {@code -time yes} it prints, per utterance, the hypothesis and then one line per
 * word: {@code word start end confidence}. Audio goes to it as a 16 kHz 16-bit WAV file.
 */
@ApplicationScoped
public class PocketSphinxRecognizer implements SpeechRecognizer {

    static final String EXECUTABLE = "pocketsphinx_continuous";
    static final Path MODEL = Path.of("/usr/share/pocketsphinx/model/en-us");
    private static final int RATE = 16000;

    @Override
    public String name() {
        return "pocketsphinx";
    }

    @Override
    public boolean available() {
        return problem() == null;
    }

    @Override
    public String detail() {
        String problem = problem();
        return problem == null ? "PocketSphinx (" + EXECUTABLE + ") with the US English model at " + MODEL : problem;
    }

    @Override
    public String model() {
        return "cmusphinx-en-us-5.2";
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
        if (speech.sampleRate() % RATE != 0) {
            throw new RecognitionException("PocketSphinx needs audio at 16 kHz or a multiple; decode it at 16 kHz first.");
        }
        PcmAudio audio = Decimator.toRate(speech, RATE);
        Path wav = null;
        try {
            wav = Files.createTempFile("loqui-asr-", ".wav");
            Files.write(wav, WavFiles.encode(audio));
            ToolResult outcome = ToolProcess.of(command(wav)).timeLimit(timeLimit(audio)).run();
            if (outcome.exitCode() != 0) {
                throw new RecognitionException("PocketSphinx failed: " + outcome.stderrTail().strip());
            }
            return parse(new String(outcome.stdout(), StandardCharsets.UTF_8));
        } catch (IOException | ToolProcessException e) {
            throw new RecognitionException("PocketSphinx could not run: " + e.getMessage(), e);
        } finally {
            deleteQuietly(wav);
        }
    }

    private static List<String> command(Path wav) {
        return List.of(EXECUTABLE, "-infile", wav.toString(), "-time", "yes", "-logfn", "/dev/null",
                "-hmm", MODEL.resolve("en-us").toString(),
                "-lm", MODEL.resolve("en-us.lm.bin").toString(),
                "-dict", MODEL.resolve("cmudict-en-us.dict").toString());
    }

    private static Duration timeLimit(PcmAudio audio) {
        return Duration.ofSeconds(60 + (long) (3 * audio.durationSeconds()));
    }

    /** Word lines have a token and three numbers; hypothesis lines and markers are skipped. */
    static Transcript parse(String output) {
        List<Transcript.Word> words = new ArrayList<>();
        for (String line : output.split("\n")) {
            String[] t = line.strip().split("\\s+");
            if (t.length != 4 || !isWord(t[0])) {
                continue;
            }
            try {
                words.add(new Transcript.Word(t[0].replaceAll("\\(\\d+\\)$", ""),
                        Double.parseDouble(t[1]), Double.parseDouble(t[2]), Double.parseDouble(t[3])));
            } catch (NumberFormatException hypothesisLine) {
                // a four-word hypothesis line looks like a word line until its numbers are read
            }
        }
        String text = String.join(" ", words.stream().map(Transcript.Word::word).toList());
        return new Transcript(text, List.copyOf(words));
    }

    private static boolean isWord(String token) {
        return !token.startsWith("<") && !token.startsWith("[") && !token.startsWith("++");
    }

    private static String problem() {
        if (!Files.isRegularFile(MODEL.resolve("en-us.lm.bin")) || !Files.isDirectory(MODEL.resolve("en-us"))) {
            return "the US English model is missing (apt-get install pocketsphinx-en-us)";
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, EXECUTABLE))) {
                return null;
            }
        }
        return EXECUTABLE + " is not installed (apt-get install pocketsphinx)";
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // temp directory is cleaned by the system
            }
        }
    }
}
