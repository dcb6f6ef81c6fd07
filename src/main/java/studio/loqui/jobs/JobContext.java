package studio.loqui.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import studio.loqui.jobs.engine.JobLifecycle;
import studio.loqui.system.OwnerOnly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.UUID;

/** What a {@link JobHandler} sees of its job while it runs. One per attempt; not shared between threads. */
public final class JobContext {

    private final long id;
    private final String jobId;
    private final long ownerId;
    private final int attempt;
    private final String inputJson;
    private final Path workDir;
    private final JobLifecycle lifecycle;
    private final ObjectMapper json;
    private volatile boolean cancelled;
    private volatile boolean shuttingDown;
    private int reported;

    public JobContext(Job job, Path workDir, JobLifecycle lifecycle, ObjectMapper json) {
        this.id = job.id;
        this.jobId = job.publicId;
        this.ownerId = job.ownerId == null ? 0 : job.ownerId;
        this.attempt = job.attempts;
        this.inputJson = job.inputJson;
        this.reported = job.progress;
        this.workDir = workDir;
        this.lifecycle = lifecycle;
        this.json = json;
    }

    /** Database key of the job. */
    public long id() {
        return id;
    }

    /** The job's public id (a UUID string). */
    public String jobId() {
        return jobId;
    }

    public long ownerId() {
        return ownerId;
    }

    /** Whether the job belongs to an account; seed 004's jobs without an API key belong to none. */
    public boolean owned() {
        return ownerId != 0;
    }

    /** 1 for the first run; higher when the job is re-run after a crash. */
    public int attempt() {
        return attempt;
    }

    /** The input the job was submitted with, read as the handler's own type. */
    public <T> T input(Class<T> type) {
        try {
            return json.readValue(inputJson, type);
        } catch (JsonProcessingException e) {
            throw new JobFailedException("Job input cannot be read: " + e.getOriginalMessage());
        }
    }

    /** Reports progress (only a rise is recorded) and is a cancellation checkpoint. */
    public void progress(int percent, String message) {
        checkpoint();
        int bounded = Math.max(0, Math.min(99, percent));
        if (bounded > reported) {
            reported = bounded;
            lifecycle.progress(id, bounded, message);
        }
    }

    /** Throws {@link JobCancelledException} once the owner has cancelled the job. */
    public void checkpoint() {
        if (cancelled) {
            throw new JobCancelledException();
        }
    }

    public boolean cancelRequested() {
        return cancelled;
    }

    /** Called by the engine when a cancel request reaches this job. */
    public void cancel() {
        cancelled = true;
    }

    /** Called by the engine when this server stops: the job ends at its next checkpoint and is queued again. */
    public void interruptForShutdown() {
        shuttingDown = true;
        cancelled = true;
    }

    public boolean interruptedForShutdown() {
        return shuttingDown;
    }

    /** The job's private work folder; the engine deletes it when the attempt ends. */
    public Path workDir() {
        return workDir;
    }

    /** A fresh file name in the work folder, for output written before it is moved into place. */
    public Path workFile(String extension) {
        try {
            OwnerOnly.folders(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return workDir.resolve(UUID.randomUUID() + "." + extension);
    }
}
