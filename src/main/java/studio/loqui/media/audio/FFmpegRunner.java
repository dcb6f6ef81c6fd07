package studio.loqui.media.audio;

import com.github.kokorin.jaffree.LogLevel;
import com.github.kokorin.jaffree.ffmpeg.FFmpeg;
import com.github.kokorin.jaffree.ffmpeg.FFmpegResultFuture;
import com.github.kokorin.jaffree.ffmpeg.Input;
import com.github.kokorin.jaffree.ffmpeg.PipeOutput;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs one FFmpeg conversion from an input to bytes on a pipe, stopping it when it overruns its time limit. */
final class FFmpegRunner {

    private final Path ffmpegDirectory;
    private final Duration timeLimit;

    FFmpegRunner(Path ffmpegDirectory, Duration timeLimit) {
        this.ffmpegDirectory = ffmpegDirectory;
        this.timeLimit = timeLimit;
    }

    /** Converts {@code input} to {@code format} with the given output arguments (name, value pairs). */
    byte[] run(Input input, String format, List<String> outputArguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        PipeOutput output = PipeOutput.pumpTo(out).setFormat(format);
        for (int i = 0; i + 1 < outputArguments.size(); i += 2) {
            output.addArguments(outputArguments.get(i), outputArguments.get(i + 1));
        }
        FFmpegResultFuture future = FFmpeg.atPath(ffmpegDirectory)
                .addInput(input)
                .addOutput(output)
                .setLogLevel(LogLevel.ERROR)
                .executeAsync();
        await(future);
        return out.toByteArray();
    }

    private void await(FFmpegResultFuture future) {
        try {
            future.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.forceStop();
            throw new AudioDecodingException("FFmpeg did not finish within " + timeLimit.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new AudioDecodingException("FFmpeg could not convert the audio: " + rootMessage(e), e);
        } catch (InterruptedException e) {
            future.forceStop();
            Thread.currentThread().interrupt();
            throw new AudioDecodingException("interrupted while converting audio", e);
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 300 ? message.substring(0, 300) : message;
    }
}
