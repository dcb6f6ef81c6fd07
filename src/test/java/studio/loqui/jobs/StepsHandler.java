package studio.loqui.jobs;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test job kind: walks through steps, reporting progress, writing a work file, and failing on request. With an
 * {@code output} name it stores how many steps it walked under that name in {@link #STORED}, where the engine
 * finds it again.
 */
@ApplicationScoped
public class StepsHandler implements JobHandler<StepsHandler.Result> {

    public static final String KIND = "test-steps";

    public record Input(int steps, int stepMillis, String failWith, String output) {

        public Input(int steps, int stepMillis, String failWith) {
            this(steps, stepMillis, failWith, null);
        }
    }

    public record Result(int steps) {
    }

    public static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();
    public static final Map<String, Path> WORK_FILES = new ConcurrentHashMap<>();
    public static final Map<String, Integer> STORED = new ConcurrentHashMap<>();

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public JobOutput<Result> output(JobContext context) {
        Input input = context.input(Input.class);
        if (input.output() == null) {
            return JobOutput.unstored(name -> walk(context, input));
        }
        return JobOutput.stored(input.output(),
                name -> Optional.ofNullable(STORED.get(name)).map(steps -> JobResult.of(new Result(steps))),
                name -> {
                    JobResult<Result> result = walk(context, input);
                    STORED.put(name, result.data().steps());
                    return result;
                });
    }

    private static JobResult<Result> walk(JobContext context, Input input) throws Exception {
        RUNS.computeIfAbsent(context.jobId(), k -> new AtomicInteger()).incrementAndGet();
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
        return JobResult.of(new Result(input.steps()));
    }
}
