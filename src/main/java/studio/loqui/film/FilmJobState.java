package studio.loqui.film;

import com.fasterxml.jackson.databind.JsonNode;
import studio.loqui.jobs.JobStatus;
import studio.loqui.jobs.JobView;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A film job as a client sees it now. The film row holds only what seed 003 decides itself: a script
 * refused by moderation ({@code moderation_failed}), a job its owner cancelled ({@code cancelled}), otherwise
 * {@code queued}. Everything else is read from the engine job that renders it: waiting is {@code queued},
 * running is {@code moderating} until the render reports {@link FilmRenderHandler#MODERATED} and then
 * {@code processing}, and its end, progress and error are the engine's.
 *
 * @param error why moderation or the render refused the job, null otherwise
 * @param result what the render produced (file, duration, size, work done), once completed
 * @param updatedAt the later of the row's last change and the engine job's start or end
 */
public record FilmJobState(FilmJob job, String status, double progress, String error, JsonNode result,
                           OffsetDateTime updatedAt) {

    static FilmJobState of(FilmJob job, Optional<JobView> engine) {
        FilmStatus own = FilmStatus.of(job.status);
        double progress = engine.map(JobView::progress).orElse(0);
        JsonNode result = engine.filter(e -> e.status() == JobStatus.COMPLETED).map(JobView::result).orElse(null);
        if (own == FilmStatus.MODERATION_FAILED) {
            return new FilmJobState(job, own.wire(), progress, job.moderationReason, null, updatedAt(job, engine));
        }
        if (own == FilmStatus.CANCELLED || engine.isEmpty()) {
            return new FilmJobState(job, own.wire(), progress, engine.map(JobView::error).orElse(null), result,
                    updatedAt(job, engine));
        }
        JobView e = engine.get();
        return new FilmJobState(job, statusOf(e).wire(), progress, e.error(), result, updatedAt(job, engine));
    }

    /** Whether the job's cost is settled: it has ended, so its actual cost counts, not its estimate. */
    boolean finished() {
        return FilmStatus.of(status).finished();
    }

    private static OffsetDateTime updatedAt(FilmJob job, Optional<JobView> engine) {
        return Stream.concat(Stream.of(job.updatedAt),
                        engine.stream().flatMap(e -> Stream.of(e.startedAt(), e.finishedAt())))
                .filter(Objects::nonNull).max(OffsetDateTime::compareTo).orElse(job.updatedAt);
    }

    private static FilmStatus statusOf(JobView engine) {
        return switch (engine.status()) {
            case PENDING -> FilmStatus.QUEUED;
            case PROCESSING -> engine.progress() < FilmRenderHandler.MODERATED ? FilmStatus.MODERATING
                    : FilmStatus.PROCESSING;
            case COMPLETED -> FilmStatus.COMPLETED;
            case CANCELLED -> FilmStatus.CANCELLED;
            case FAILED -> FilmStatus.FAILED;
        };
    }
}
