package studio.loqui.jobs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;

/** One piece of background work: what was asked, by whom, and how far it got. */
@Entity
@Table(name = "jobs")
public class Job extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "public_id")
    public String publicId;

    @Column(name = "owner_id")
    public Long ownerId;

    public String kind;

    @Column(name = "input_json")
    public String inputJson;

    @Enumerated(EnumType.STRING)
    public JobStatus status;

    public int progress;

    public String message;

    public String error;

    @Column(name = "result_json")
    public String resultJson;

    @Column(name = "result_asset_id")
    public Long resultAssetId;

    public int attempts;

    @Column(name = "max_attempts")
    public int maxAttempts;

    @Column(name = "cancel_requested")
    public boolean cancelRequested;

    @Column(name = "node_id")
    public String nodeId;

    @Column(name = "heartbeat_at")
    public OffsetDateTime heartbeatAt;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "webhook_url")
    public String webhookUrl;

    @Column(name = "webhook_metadata")
    public String webhookMetadata;

    @Column(name = "webhook_status")
    public String webhookStatus;

    @Column(name = "webhook_attempts")
    public int webhookAttempts;

    @Column(name = "webhook_error")
    public String webhookError;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static Optional<Job> findByPublicId(String publicId) {
        return find("publicId", publicId).firstResultOptional();
    }

    /** The caller's job, or empty when it does not exist or belongs to someone else. */
    public static Optional<Job> findOwned(String publicId, long ownerId) {
        return find("publicId = ?1 and ownerId = ?2", publicId, ownerId).firstResultOptional();
    }

    public static Optional<Job> findByIdempotencyKey(long ownerId, String key) {
        return find("ownerId = ?1 and idempotencyKey = ?2", ownerId, key).firstResultOptional();
    }
}
