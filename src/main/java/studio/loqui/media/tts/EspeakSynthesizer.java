package studio.loqui.media.tts;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.process.ToolProcess;
import studio.loqui.media.process.ToolProcessException;
import studio.loqui.media.process.ToolResult;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.AudioDecodingException;
import studio.loqui.media.audio.PcmAudio;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * eSpeak NG through its command line (Debian package {@code espeak-ng}): about a hundred languages,
 * formant synthesis. Its 22.05 kHz output is brought to {@link #OUTPUT_RATE} through FFmpeg so
 * that every engine's speech can be analysed and converted alike.
 */
@ApplicationScoped
public class EspeakSynthesizer implements SpeechSynthesizer {

    public static final int OUTPUT_RATE = 16000;
    private static final String EXECUTABLE = "espeak-ng";
    private static final int NORMAL_WORDS_PER_MINUTE = 175;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(60);
    private static final Pattern SAFE_VOICE = Pattern.compile("[a-zA-Z0-9_+-]{1,40}");

    private final AudioDecoder decoder;
    private volatile Installation installation;

    private record Installation(Set<String> languages, String version, String problem) {
    }

    public EspeakSynthesizer(AudioDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public String name() {
        return "espeak-ng";
    }

    @Override
    public boolean available() {
        return installation().problem() == null;
    }

    @Override
    public String detail() {
        Installation i = installation();
        return i.problem() == null ? i.version() + ", " + i.languages().size() + " languages" : i.problem();
    }

    @Override
    public Set<String> languages() {
        return installation().languages();
    }

    @Override
    public int quality(String language) {
        return 5;
    }

    @Override
    public SynthesisResult synthesize(SynthesisRequest request) {
        request.validate();
        if (!supports(request.language())) {
            throw new SynthesisException("eSpeak NG does not speak '" + request.language() + "' here.");
        }
        String voice = voiceFor(request);
        List<String> command = List.of(EXECUTABLE, "-v", voice, "-s",
                Integer.toString((int) Math.round(NORMAL_WORDS_PER_MINUTE * request.voice().speed())), "--stdout");
        try {
            ToolResult outcome = ToolProcess.of(command).stdin(request.text()).timeLimit(TIME_LIMIT).run();
            if (outcome.exitCode() != 0 || outcome.stdout().length < 100) {
                throw new SynthesisException("eSpeak NG failed: " + outcome.stderrTail().strip());
            }
            PcmAudio audio = decoder.decode(outcome.stdout(), OUTPUT_RATE);
            if (audio.durationSeconds() < SynthesisResult.MIN_SECONDS) {
                throw new SynthesisException("The text contains nothing eSpeak NG can pronounce.");
            }
            return new SynthesisResult(audio, List.of(), name(), voice);
        } catch (ToolProcessException | AudioDecodingException e) {
            throw new SynthesisException("eSpeak NG could not run: " + e.getMessage(), e);
        }
    }

    private static String voiceFor(SynthesisRequest request) {
        VoiceOptions options = request.voice();
        if (options.voiceName() != null) {
            if (!SAFE_VOICE.matcher(options.voiceName()).matches()) {
                throw new SynthesisException("Invalid eSpeak NG voice name.");
            }
            return options.voiceName();
        }
        String variant = "female".equalsIgnoreCase(options.gender()) ? "+f3"
                : "male".equalsIgnoreCase(options.gender()) ? "+m3" : "";
        return Languages.normalise(request.language()) + variant;
    }

    private Installation installation() {
        Installation i = installation;
        if (i == null) {
            synchronized (this) {
                if (installation == null) {
                    installation = probe();
                }
                i = installation;
            }
        }
        return i;
    }

    private static Installation probe() {
        try {
            ToolResult version = ToolProcess.of(List.of(EXECUTABLE, "--version")).timeLimit(Duration.ofSeconds(10)).run();
            ToolResult voices = ToolProcess.of(List.of(EXECUTABLE, "--voices")).timeLimit(Duration.ofSeconds(10)).run();
            Set<String> languages = parseLanguages(new String(voices.stdout(), StandardCharsets.UTF_8));
            String v = new String(version.stdout(), StandardCharsets.UTF_8).strip().split("  Data")[0];
            return languages.isEmpty() ? new Installation(Set.of(), v, "espeak-ng lists no voices")
                    : new Installation(languages, v, null);
        } catch (ToolProcessException e) {
            return new Installation(Set.of(), null, "espeak-ng is not installed (apt-get install espeak-ng): " + e.getMessage());
        }
    }

    /** Language codes from {@code espeak-ng --voices}, plus each code's primary language ({@code en} for {@code en-us}). */
    static Set<String> parseLanguages(String listing) {
        Set<String> out = new TreeSet<>();
        List<String> lines = new ArrayList<>(listing.lines().toList());
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] cols = line.strip().split("\\s+");
            if (cols.length >= 2) {
                out.add(Languages.normalise(cols[1]));
                out.add(Languages.primary(cols[1]));
            }
        }
        return Set.copyOf(out);
    }
}
