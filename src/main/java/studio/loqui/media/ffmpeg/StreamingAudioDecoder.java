package studio.loqui.media.ffmpeg;

import studio.loqui.media.process.ToolProcessException;
import studio.loqui.media.process.ToolStream;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Decodes compressed audio while it is still arriving, as a browser's MediaRecorder sends it (WebM or Ogg
 * holding Opus), into mono 16-bit little-endian PCM, handed on as FFmpeg writes it. Only the named container's
 * demuxer and only the pipe are allowed, so the stream cannot make FFmpeg open anything else.
 */
public final class StreamingAudioDecoder implements AutoCloseable {

    private static final Duration LAST_OUTPUT = Duration.ofSeconds(10);

    /** The containers a recording browser sends, by the demuxer FFmpeg reads them with. */
    public enum Container {
        WEBM("matroska"), OGG("ogg");

        private final String demuxer;

        Container(String demuxer) {
            this.demuxer = demuxer;
        }

        public static Optional<Container> named(String name) {
            for (Container c : values()) {
                if (c.name().equalsIgnoreCase(name)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    private final ToolStream ffmpeg;
    private volatile boolean ended;

    private StreamingAudioDecoder(ToolStream ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    /** Starts decoding; {@code pcm} hears each piece of decoded audio, on a reader thread. */
    public static StreamingAudioDecoder start(Path ffmpeg, Container container, int sampleRate, Consumer<byte[]> pcm) {
        List<String> arguments = new ArrayList<>(List.of("-protocol_whitelist", "pipe", "-f", container.demuxer,
                "-i", "pipe:0", "-vn", "-ac", "1", "-ar", Integer.toString(sampleRate), "-f", "s16le",
                "-flush_packets", "1", "pipe:1"));
        return new StreamingAudioDecoder(ToolStream.start(FFmpegRun.command(ffmpeg, arguments), pcm));
    }

    /** Passes the next piece of the recording; throws {@link FFmpegRun.FFmpegRunException} when FFmpeg gave up on it. */
    public void write(byte[] compressed) {
        try {
            ffmpeg.write(compressed);
        } catch (ToolProcessException e) {
            throw new FFmpegRun.FFmpegRunException("the audio could not be decoded: " + e.getMessage(), false, e);
        }
    }

    /** Ends the recording and waits until its last audio has been handed on. */
    public void finish() {
        ended = true;
        try {
            ffmpeg.finish(LAST_OUTPUT);
        } catch (ToolProcessException e) {
            throw new FFmpegRun.FFmpegRunException("the audio could not be decoded: " + e.getMessage(), false, e);
        }
    }

    /** True when FFmpeg ended before the recording did: it could not read what it was sent. */
    public boolean gaveUp() {
        return !ended && !ffmpeg.running();
    }

    @Override
    public void close() {
        ended = true;
        ffmpeg.close();
    }
}
