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

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2000;

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
        project.name = fields.name().strip();
        project.description = fields.description();
        project.updatedAt = now();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
