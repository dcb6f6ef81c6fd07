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

    /** Only seed 003's own states: queued, moderation_failed or cancelled; the engine job knows the rest. */
    public String status;

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

    /** The owner's jobs created since {@code since}. */
    public static List<FilmJob> listOwnedSince(long ownerId, OffsetDateTime since) {
        return list("ownerId = ?1 and createdAt >= ?2 order by id", ownerId, since);
    }
}
