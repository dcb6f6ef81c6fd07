package studio.loqui.jobs;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Follows a job for server-sent events: reads it from the database at a short interval (so it works
 * whichever cluster node runs the job), emits each change of status, progress or message, and completes
 * after the final state. Reads run on a small pool of their own, never on the event loop.
 */
@ApplicationScoped
public class JobEventStream {

    private static final long POLL_MILLIS = 400;

    private final JobService jobs;
    private final ScheduledExecutorService readers = Executors.newScheduledThreadPool(2, r -> {
        Thread thread = new Thread(r, "loqui-job-events");
        thread.setDaemon(true);
        return thread;
    });

    public JobEventStream(JobService jobs) {
        this.jobs = jobs;
    }

    void stop(@Observes ShutdownEvent event) {
        readers.shutdownNow();
    }

    /** The owner's job as a stream of snapshots; the caller checks ownership first. */
    public Multi<JobView> follow(String jobId, long ownerId) {
        return Multi.createFrom().emitter(emitter -> {
            AtomicReference<Object> last = new AtomicReference<>();
            ScheduledFuture<?> poll = readers.scheduleWithFixedDelay(
                    () -> emitChange(jobId, ownerId, emitter, last), 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
            emitter.onTermination(() -> poll.cancel(false));
        });
    }

    private void emitChange(String jobId, long ownerId, MultiEmitter<? super JobView> emitter,
            AtomicReference<Object> last) {
        if (emitter.isCancelled()) {
            return;
        }
        try {
            JobView view = jobs.get(jobId, ownerId);
            Object key = List.of(view.status(), view.progress(), Objects.toString(view.message()),
                    Objects.toString(view.queuePosition()));
            if (!key.equals(last.getAndSet(key))) {
                emitter.emit(view);
            }
            if (view.finished()) {
                emitter.complete();
            }
        } catch (RuntimeException e) {
            emitter.fail(e);
        }
    }
}
