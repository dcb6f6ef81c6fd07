package studio.loqui.jobs;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import studio.loqui.system.ApiException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Runs the media work that a synchronous request waits for (a voice preview, the analysis of an uploaded
 * sample) on a pool of {@code loqui.jobs.sync-work.threads}, never on the request thread. When every thread
 * is busy the request is refused at once with 503 and {@code Retry-After}, the shape of a full job queue,
 * instead of piling up work nobody bounded. Give it media work only: its threads have no request context
 * and no transaction.
 */
@ApplicationScoped
public class SyncWorkPool {

    private final Semaphore permits;
    private final int threads;
    private final long retryAfterSeconds;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "loqui-sync-work");
        thread.setDaemon(true);
        return thread;
    });

    public SyncWorkPool(JobsConfig config) {
        this.threads = config.syncWork().threads();
        this.permits = new Semaphore(threads);
        this.retryAfterSeconds = Math.max(1, config.syncWork().retryAfter().toSeconds());
    }

    void stop(@Observes ShutdownEvent event) {
        workers.shutdownNow();
    }

    /** Runs {@code work} on the pool and waits for its answer; what it throws reaches the caller unchanged. */
    public <T> T call(String what, Callable<T> work) {
        if (!permits.tryAcquire()) {
            throw ApiException.busy("The server is busy with " + threads + " " + what
                    + " request(s) at once; try again shortly", retryAfterSeconds);
        }
        Future<T> answer;
        try {
            answer = workers.submit(() -> {
                try {
                    return work.call();
                } finally {
                    permits.release();
                }
            });
        } catch (RuntimeException e) {
            permits.release();
            throw e;
        }
        return await(answer, what);
    }

    /** Threads free now; a call made while it is 0 is refused. */
    public int available() {
        return permits.availablePermits();
    }

    private static <T> T await(Future<T> answer, String what) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("Interrupted while waiting for the " + what);
        } catch (ExecutionException e) {
            throw unchecked(e.getCause());
        }
    }

    private static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        if (cause instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new IllegalStateException(cause);
    }
}
