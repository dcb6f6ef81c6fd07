package studio.loqui.media.render;

import studio.loqui.media.process.ToolProcess;
import studio.loqui.media.process.ToolProcessException;
import studio.loqui.media.process.ToolResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Decodes any audio FFmpeg reads into mono 16 kHz samples, refusing what is longer than allowed. */
public class SpeechAudioDecoder {

    public static final int SAMPLE_RATE = 16_000;

    private final Path ffmpeg;
    private final double maxSeconds;

    public SpeechAudioDecoder(Path ffmpeg, double maxSeconds) {
        this.ffmpeg = ffmpeg;
        this.maxSeconds = maxSeconds;
    }

    public SpeechAudio decode(Path audio) {
        if (!Files.isRegularFile(audio)) {
            throw new AudioRejectedException("Audio file not found: " + audio.getFileName());
        }
        ToolResult run = run(audio);
        if (run.stdoutOverLimit()) {
            throw new AudioRejectedException("Audio is longer than the allowed " + maxSeconds + " seconds");
        }
        if (!run.succeeded()) {
            throw new AudioRejectedException("Audio file cannot be decoded: " + lastLine(run.stderrTail()));
        }
        return toSpeech(run.stdout());
    }

    private ToolResult run(Path audio) {
        try {
            return ToolProcess.of(command(audio)).stdoutLimit(maxBytes())
                    .timeLimit(Duration.ofSeconds(60 + (long) maxSeconds)).run();
        } catch (ToolProcessException e) {
            throw new AudioRejectedException("Audio file cannot be decoded: " + e.getMessage());
        }
    }

    private List<String> command(Path audio) {
        return List.of(ffmpeg.toString(), "-hide_banner", "-nostdin", "-loglevel", "error",
                "-protocol_whitelist", "file,pipe", "-i", audio.toAbsolutePath().toString(),
                "-vn", "-ac", "1", "-ar", String.valueOf(SAMPLE_RATE), "-f", "s16le", "-acodec", "pcm_s16le", "pipe:1");
    }

    private long maxBytes() {
        return (long) Math.ceil(maxSeconds * SAMPLE_RATE) * 2;
    }

    private static SpeechAudio toSpeech(byte[] pcm) {
        float[] samples = new float[pcm.length / 2];
        if (samples.length < SAMPLE_RATE / 10) {
            throw new AudioRejectedException("Audio file holds no sound (shorter than 0.1 s)");
        }
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((pcm[2 * i] & 0xFF) | (pcm[2 * i + 1] << 8)) / 32768f;
        }
        return new SpeechAudio(samples, SAMPLE_RATE);
    }

    private static String lastLine(String text) {
        String[] lines = text.split("\n");
        return lines.length == 0 || lines[lines.length - 1].isBlank() ? "unknown format" : lines[lines.length - 1];
    }
}
