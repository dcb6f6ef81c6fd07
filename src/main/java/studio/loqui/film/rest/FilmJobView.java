package studio.loqui.film.rest;

import studio.loqui.film.FilmJob;

import java.time.OffsetDateTime;

/** Seed 003's job fields, plus why moderation or rendering refused it. */
public record FilmJobView(long id, long projectId, long userId, String script, String status, double progress,
                          double estimatedCost, double actualCost, String moderationStatus, double moderationScore,
                          String moderationReason, String error, OffsetDateTime createdAt,
                          OffsetDateTime updatedAt) {

    public static FilmJobView of(FilmJob job) {
        return new FilmJobView(job.id, job.projectId, job.ownerId, job.script, job.status, job.progress,
                job.estimatedCost, job.actualCost, job.moderationStatus, job.moderationScore, job.moderationReason,
                job.error, job.createdAt, job.updatedAt);
    }
}
