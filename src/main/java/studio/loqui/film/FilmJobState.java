package studio.loqui.film;

import com.fasterxml.jackson.databind.JsonNode;
import studio.loqui.jobs.JobStatus;
import studio.loqui.jobs.JobView;

import java.util.Optional;
import java.util.Set;

/**
 * A film job as a client sees it now. The film row holds what only seed 003 knows (moderation, cost, the
 * stage a render reached, the final state); the engine job holds where the work is. While the work runs,
 * status and progress are read from both: a job waiting in the engine is {@code queued}, a running one is
 * {@code moderating} or {@code processing} as its render last recorded.
 *
 * @param result what the render produced (file, duration, size, work done), once completed
 */
public record FilmJobState(FilmJob job, String status, double progress, JsonNode result) {

    private static final Set<String> RUNNING = Set.of(FilmStatus.MODERATING.wire(), FilmStatus.PROCESSING.wire());

    static FilmJobState of(FilmJob job, Optional<JobView> engine) {
        if (FilmStatus.of(job.status).finished() || engine.isEmpty()) {
            return new FilmJobState(job, job.status, Math.max(job.progress, engine.map(JobView::progress).orElse(0)),
                    engine.filter(e -> e.status() == JobStatus.COMPLETED).map(JobView::result).orElse(null));
        }
        JobView e = engine.get();
        String status = switch (e.status()) {
            case PENDING -> FilmStatus.QUEUED.wire();
            case PROCESSING -> RUNNING.contains(job.status) ? job.status : FilmStatus.MODERATING.wire();
            default -> job.status;
        };
        return new FilmJobState(job, status, Math.max(job.progress, e.progress()), null);
    }
}
