package studio.loqui.film;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.system.ApiException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Seed 003 projects: owner-only, validated names. */
@ApplicationScoped
public class ProjectService {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2000;

    public record ProjectFields(String name, String description) {
    }

    @Transactional
    public Project create(long ownerId, ProjectFields fields) {
        Project project = new Project();
        project.ownerId = ownerId;
        project.createdAt = now();
        apply(project, fields);
        project.persist();
        return project;
    }

    @Transactional
    public List<Project> list(long ownerId) {
        return Project.listOwned(ownerId);
    }

    @Transactional
    public Project require(long ownerId, long id) {
        return Project.findOwned(ownerId, id)
                .orElseThrow(() -> ApiException.notFound("Project " + id + " not found"));
    }

    @Transactional
    public Project update(long ownerId, long id, ProjectFields fields) {
        Project project = require(ownerId, id);
        apply(project, fields);
        return project;
    }

    @Transactional
    public void delete(long ownerId, long id) {
        require(ownerId, id).delete();
    }

    private static void apply(Project project, ProjectFields fields) {
        project.name = validName(fields.name());
        project.description = validDescription(fields.description());
        project.updatedAt = now();
    }

    private static String validName(String name) {
        if (name == null || name.isBlank()) {
            throw ApiException.invalidField("name", "is required");
        }
        if (name.strip().length() > MAX_NAME) {
            throw ApiException.invalidField("name", "must be at most " + MAX_NAME + " characters");
        }
        return name.strip();
    }

    private static String validDescription(String description) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw ApiException.invalidField("description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
        return description;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
