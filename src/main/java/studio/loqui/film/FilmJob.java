package studio.loqui.film;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Seed 003: a script to turn into a film, with its cost and moderation verdict. */
@Entity
@Table(name = "film_jobs")
public class FilmJob extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "owner_id")
    public Long ownerId;

    @Column(name = "project_id")
    public Long projectId;

    public String script;

    @Column(name = "config_json")
    public String configJson;

    public String status;

    public double progress;

    @Column(name = "estimated_cost")
    public double estimatedCost;

    @Column(name = "actual_cost")
    public double actualCost;

    @Column(name = "moderation_status")
    public String moderationStatus;

    @Column(name = "moderation_score")
    public double moderationScore;

    @Column(name = "moderation_reason")
    public String moderationReason;

    @Column(name = "engine_job_id")
    public String engineJobId;

    public String error;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static Optional<FilmJob> findOwned(long ownerId, long id) {
        return find("ownerId = ?1 and id = ?2", ownerId, id).firstResultOptional();
    }

    public static List<FilmJob> listOwned(long ownerId) {
        return list("ownerId = ?1 order by id", ownerId);
    }

    /** Estimated costs of the owner's jobs since {@code since}, refused ones (moderation) excluded. */
    /**
     * What a user has spent or committed since a moment: finished jobs (completed, failed, cancelled)
     * count what they really cost, jobs still waiting or running their estimate.
     */
    public static double costSince(long ownerId, OffsetDateTime since) {
        Double sum = getEntityManager().createQuery("select sum(case when j.status in ('completed', 'failed',"
                + " 'cancelled') then j.actualCost else j.estimatedCost end) from FilmJob j where j.ownerId = ?1"
                + " and j.createdAt >= ?2 and j.status <> 'moderation_failed'", Double.class)
                .setParameter(1, ownerId).setParameter(2, since).getSingleResult();
        return sum == null ? 0 : sum;
    }
}
