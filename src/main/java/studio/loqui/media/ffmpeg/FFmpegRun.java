package studio.loqui.media.ffmpeg;

import com.github.kokorin.jaffree.ffmpeg.FFmpeg;
import com.github.kokorin.jaffree.ffmpeg.FFmpegResultFuture;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Runs one Jaffree FFmpeg command to its end under a time limit, reporting milliseconds of media done
 * and stopping FFmpeg at once when the caller asks or the limit passes.
 */
public final class FFmpegRun {

    private static final long POLL_MILLIS = 200;

    /** FFmpeg did not finish: stopped on request, over time, or failed (its error in the message). */
    public static class FFmpegRunException extends RuntimeException {
        public final boolean stopped;

        FFmpegRunException(String message, boolean stopped, Throwable cause) {
            super(message, cause);
            this.stopped = stopped;
        }
    }

    private FFmpegRun() {
    }

    /**
     * @param done      updated by the command's progress listener with the milliseconds done
     * @param failure   what the work is, for the message when FFmpeg fails ("extract the audio")
     */
    public static void toEnd(FFmpeg command, AtomicLong done, Duration limit, LongConsumer progressMillis,
                             BooleanSupplier stop, String failure) {
        FFmpegResultFuture run = command.executeAsync();
        try {
            await(run, done, limit, progressMillis, stop, failure);
        } catch (RuntimeException e) {
            if (!run.isDone()) {
                run.forceStop();
            }
            throw e;
        }
    }

    private static void await(FFmpegResultFuture run, AtomicLong done, Duration limit, LongConsumer progressMillis,
                              BooleanSupplier stop, String failure) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                run.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                progressMillis.accept(done.get());
                if (stop.getAsBoolean()) {
                    throw new FFmpegRunException("stopped on request", true, null);
                }
                if (System.nanoTime() > deadline) {
                    throw new FFmpegRunException("FFmpeg took longer than " + limit.toSeconds() + " s", false, null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FFmpegRunException("interrupted", true, e);
            } catch (ExecutionException e) {
                throw new FFmpegRunException("FFmpeg could not " + failure + ": " + rootMessage(e), false, e);
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 300 ? message.substring(0, 300) : message;
    }
}
