package studio.loqui.jobs.engine;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.Eventually;
import studio.loqui.jobs.Job;
import studio.loqui.jobs.JobService;
import studio.loqui.jobs.JobStatus;
import studio.loqui.jobs.StepsHandler;
import studio.loqui.support.TestUsers;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Jobs left behind by a process that died: the sweeper and Quartz recovery put them back or fail them. */
@QuarkusTest
@Tag("api")
class RecoveryTest {

    @Inject
    OrphanSweeper sweeper;

    @Inject
    JobService jobs;

    @Inject
    WorkFolders folders;

    @Test
    void shouldRerunOrphanedJobFromTheStart() {
        var user = TestUsers.register();
        String id = orphan(user.id(), 1);
        sweeper.sweep();
        Eventually.within(Duration.ofSeconds(20), () -> jobs.get(id, user.id()).finished());
        var view = jobs.get(id, user.id());
        assertEquals(JobStatus.COMPLETED, view.status());
        assertEquals(2, view.attempts());
        assertEquals(1, StepsHandler.RUNS.get(id).get());
    }

    @Test
    void shouldFailOrphanWithReasonOnceAttemptsAreUsedUp() throws Exception {
        var user = TestUsers.register();
        String id = orphan(user.id(), 3);
        java.nio.file.Files.createDirectories(folders.of(id));
        java.nio.file.Files.writeString(folders.of(id).resolve("half-written.mp3"), "partial");
        sweeper.sweep();
        Eventually.within(Duration.ofSeconds(20), () -> jobs.get(id, user.id()).finished());
        var view = jobs.get(id, user.id());
        assertEquals(JobStatus.FAILED, view.status());
        assertTrue(view.error().contains("server stopped while this job ran, 3 time(s)"), view.error());
        assertEquals(null, StepsHandler.RUNS.get(id));
        Eventually.within(Duration.ofSeconds(5), () -> !java.nio.file.Files.exists(folders.of(id)));
    }

    /** A job as a killed node leaves it: processing, heartbeat long gone, no Quartz job. */
    private static String orphan(long ownerId, int attempts) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Job job = new Job();
            job.publicId = UUID.randomUUID().toString();
            job.ownerId = ownerId;
            job.kind = StepsHandler.KIND;
            job.inputJson = "{\"steps\":2,\"step_millis\":10}";
            job.status = JobStatus.PROCESSING;
            job.progress = 40;
            job.attempts = attempts;
            job.maxAttempts = 3;
            job.nodeId = "a-node-that-died";
            job.createdAt = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10);
            job.startedAt = job.createdAt;
            job.heartbeatAt = job.createdAt;
            job.updatedAt = job.createdAt;
            job.persist();
            return job.publicId;
        });
    }
}
