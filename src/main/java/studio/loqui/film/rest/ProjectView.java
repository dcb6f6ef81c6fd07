package studio.loqui.film.rest;

import studio.loqui.film.Project;

import java.time.OffsetDateTime;

/** Seed 003's project fields. */
public record ProjectView(long id, long userId, String name, String description, OffsetDateTime createdAt,
                          OffsetDateTime updatedAt) {

    public static ProjectView of(Project project) {
        return new ProjectView(project.id, project.ownerId, project.name, project.description, project.createdAt,
                project.updatedAt);
    }
}
