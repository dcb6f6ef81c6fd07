package studio.loqui.jobs;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A test job kind: walks through steps, reporting progress, writing a work file, and failing on request. */
@ApplicationScoped
public class StepsHandler implements JobHandler {

    public static final String KIND = "test-steps";

    public record Input(int steps, int stepMillis, String failWith) {
    }

    public static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();
    public static final Map<String, Path> WORK_FILES = new ConcurrentHashMap<>();

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public JobResult run(JobContext context) throws Exception {
        RUNS.computeIfAbsent(context.jobId(), k -> new AtomicInteger()).incrementAndGet();
        Input input = context.input(Input.class);
        Path partial = context.workFile("part");
        Files.writeString(partial, "partial");
        WORK_FILES.put(context.jobId(), partial);
        for (int step = 1; step <= input.steps(); step++) {
            Thread.sleep(input.stepMillis());
            context.progress(step * 100 / input.steps(), "step " + step);
        }
        if (input.failWith() != null) {
            throw new JobFailedException(input.failWith());
        }
        return JobResult.of(Map.of("steps", input.steps()));
    }
}
