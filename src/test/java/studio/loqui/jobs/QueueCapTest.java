package studio.loqui.jobs;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.Eventually;
import studio.loqui.support.TestUsers;
import studio.loqui.system.ApiException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
@Tag("api")
@TestProfile(QueueCapTest.TwoWaiting.class)
class QueueCapTest {

    public static class TwoWaiting implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("loqui.jobs.max-waiting.\"" + StepsHandler.KIND + "\"", "2",
                    "loqui.jobs.pool-size.\"" + StepsHandler.KIND + "\"", "1",
                    "loqui.jobs.queue-full-retry", "17s");
        }
    }

    @Inject
    JobService jobs;

    @Test
    void shouldRefuseBeyondTheCapWithRetryAfterAndLoseNothingQueued() {
        var user = TestUsers.register();
        List<String> accepted = new ArrayList<>();
        accepted.add(submit(user, 20));
        Eventually.within(Duration.ofSeconds(20), () -> jobs.get(accepted.get(0), user.id()).status() == JobStatus.PROCESSING);
        accepted.add(submit(user, 1));
        accepted.add(submit(user, 1));

        ApiException refused = assertThrows(ApiException.class, () -> submit(user, 1));

        assertEquals(503, refused.status());
        assertEquals(17L, refused.retryAfterSeconds());
        for (String id : accepted) {
            Eventually.within(Duration.ofSeconds(30), () -> jobs.get(id, user.id()).finished());
            assertEquals(JobStatus.COMPLETED, jobs.get(id, user.id()).status(), "job " + id);
        }
        submit(user, 1);
    }

    private String submit(TestUsers.Account user, int steps) {
        return jobs.submit(StepsHandler.KIND, user.id(), new StepsHandler.Input(steps, 100, null), JobOptions.none())
                .job().jobId();
    }
}
