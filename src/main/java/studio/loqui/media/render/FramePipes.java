package studio.loqui.media.render;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The two FFmpeg processes of a lip-sync: one decoding the source picture to raw BGR frames on its
 * standard output, one encoding raw BGR frames from its standard input with the new sound. Both are
 * killed when closed, and by a watchdog when the whole run outlasts its time limit.
 */
final class FramePipes implements AutoCloseable {

    private static final long BASE_SECONDS = 120;
    private static final long SECONDS_PER_VIDEO_SECOND = 10;

    private final Process decoder;
    private final Process encoder;
    private final InputStream frames;
    private final OutputStream sink;
    private final Path decoderLog;
    private final Path encoderLog;
    private final Thread watchdog;

    private FramePipes(Process decoder, Process encoder, Path decoderLog, Path encoderLog, long limitSeconds) {
        this.decoder = decoder;
        this.encoder = encoder;
        this.frames = new BufferedInputStream(decoder.getInputStream(), 1 << 20);
        this.sink = new BufferedOutputStream(encoder.getOutputStream(), 1 << 20);
        this.decoderLog = decoderLog;
        this.encoderLog = encoderLog;
        this.watchdog = new Thread(() -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(limitSeconds));
                decoder.destroyForcibly();
                encoder.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "lip-sync-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** Pipes into an encoder of picture and the new sound, {@link #withSound}, or of picture alone, {@link #pictureOnly}. */
    static FramePipes open(Path ffmpeg, Path video, VideoFrames.Stream stream, List<String> encodeCommand, Path out)
            throws IOException {
        Path decoderLog = Files.createTempFile(out.getParent(), "decode", ".log");
        Path encoderLog = Files.createTempFile(out.getParent(), "encode", ".log");
        Process decoder = new ProcessBuilder(decodeCommand(ffmpeg, video))
                .redirectError(decoderLog.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullFile())).start();
        Process encoder;
        try {
            encoder = new ProcessBuilder(encodeCommand)
                    .redirectError(encoderLog.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            decoder.destroyForcibly();
            throw e;
        }
        long limit = BASE_SECONDS + (long) Math.ceil(stream.durationSeconds() * SECONDS_PER_VIDEO_SECOND);
        return new FramePipes(decoder, encoder, decoderLog, encoderLog, limit);
    }

    /** Fills {@code frame} with the next decoded frame; false at the end of the picture. */
    boolean read(byte[] frame) throws IOException {
        int n = frames.readNBytes(frame, 0, frame.length);
        if (n == frame.length) {
            return true;
        }
        if (n > 0) {
            throw new IOException("the decoder stopped in the middle of a frame: " + tail(decoderLog));
        }
        return false;
    }

    void write(byte[] frame) throws IOException {
        try {
            sink.write(frame);
        } catch (IOException e) {
            throw new IOException("the encoder stopped taking frames: " + tail(encoderLog), e);
        }
    }

    /** Ends the encoder's input and waits for both programs; throws when either failed. */
    void finish() throws IOException {
        sink.close();
        try {
            int decoded = decoder.waitFor();
            int encoded = encoder.waitFor();
            if (decoded != 0) {
                throw new IOException("FFmpeg could not decode the video (exit " + decoded + "): " + tail(decoderLog));
            }
            if (encoded != 0) {
                throw new IOException("FFmpeg could not encode the video (exit " + encoded + "): " + tail(encoderLog));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderCancelledException(0);
        }
    }

    @Override
    public void close() {
        watchdog.interrupt();
        decoder.destroyForcibly();
        encoder.destroyForcibly();
        try {
            Files.deleteIfExists(decoderLog);
            Files.deleteIfExists(encoderLog);
        } catch (IOException ignored) {
            // Logs in the job's work folder go with it.
        }
    }

    private static List<String> decodeCommand(Path ffmpeg, Path video) {
        return List.of(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-nostdin",
                "-protocol_whitelist", "file", "-i", video.toAbsolutePath().toString(),
                "-map", "0:v:0", "-an", "-sn", "-fps_mode", "passthrough",
                "-f", "rawvideo", "-pix_fmt", "bgr24", "pipe:1");
    }

    static List<String> withSound(Path ffmpeg, Path audio, VideoFrames.Stream stream, VideoLipSync.Encoding encoding,
                                  Path out) {
        List<String> command = rawFrames(ffmpeg, stream);
        command.addAll(List.of("-protocol_whitelist", "file", "-i", audio.toAbsolutePath().toString(),
                "-map", "0:v:0", "-map", "1:a:0", "-af", padding(stream), "-shortest"));
        command.addAll(encoding.arguments());
        command.addAll(List.of("-f", encoding.container(), out.toAbsolutePath().toString()));
        return command;
    }

    /** Encodes to an H.264 Annex B stream with key frames at {@code keyFrameTimes}. */
    static List<String> pictureOnly(Path ffmpeg, VideoFrames.Stream stream, List<String> pictureArguments,
                                    String keyFrameTimes, Path out) {
        List<String> command = rawFrames(ffmpeg, stream);
        command.addAll(List.of("-map", "0:v:0", "-an"));
        command.addAll(pictureArguments);
        command.addAll(List.of("-force_key_frames", keyFrameTimes, "-f", "h264", out.toAbsolutePath().toString()));
        return command;
    }

    private static List<String> rawFrames(Path ffmpeg, VideoFrames.Stream stream) {
        return new ArrayList<>(List.of(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-y",
                "-protocol_whitelist", "file,pipe",
                "-f", "rawvideo", "-pix_fmt", "bgr24", "-s", stream.width() + "x" + stream.height(),
                "-framerate", stream.rate(), "-i", "pipe:0"));
    }

    /**
     * Silence after the new sound up to the picture's length. Unbounded padding would be muxed as fast as
     * FFmpeg can make it while the frames come slowly: gigabytes of silence on a busy machine.
     */
    static String padding(VideoFrames.Stream stream) {
        return stream.durationSeconds() > 0
                ? String.format(Locale.ROOT, "apad=whole_dur=%.3f", stream.durationSeconds() + 1 / stream.fps())
                : "apad";
    }

    private static java.io.File nullFile() {
        return new java.io.File("/dev/null");
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8).strip();
            return text.length() > 600 ? text.substring(text.length() - 600) : text;
        } catch (IOException e) {
            return "";
        }
    }
}
