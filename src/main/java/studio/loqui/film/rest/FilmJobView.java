package studio.loqui.film.rest;

import com.fasterxml.jackson.databind.JsonNode;
import studio.loqui.film.FilmJob;
import studio.loqui.film.FilmJobState;

import java.time.OffsetDateTime;

/**
 * Seed 003's job fields, plus why moderation or rendering refused it, the engine job that renders it
 * (followable at {@code /api/v1/process/events/{engine_job_id}} too) and, once completed, what was made.
 */
public record FilmJobView(long id, long projectId, long userId, String script, String status, double progress,
                          double estimatedCost, double actualCost, String moderationStatus, double moderationScore,
                          String moderationReason, String error, String engineJobId, JsonNode result,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static FilmJobView of(FilmJobState state) {
        FilmJob job = state.job();
        return new FilmJobView(job.id, job.projectId, job.ownerId, job.script, state.status(), state.progress(),
                job.estimatedCost, job.actualCost, job.moderationStatus, job.moderationScore, job.moderationReason,
                state.error(), job.engineJobId, state.result(), job.createdAt, state.updatedAt());
    }
}
