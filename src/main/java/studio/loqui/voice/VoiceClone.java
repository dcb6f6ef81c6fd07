package studio.loqui.voice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;

/** Seed 000: a clone of the voice in a file of the user's storage; its state lives in its job. */
@Entity
@Table(name = "voice_clones")
public class VoiceClone extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id")
    public Long userId;

    public String name;

    @Column(name = "source_file")
    public String sourceFile;

    @Column(name = "source_asset_id")
    public Long sourceAssetId;

    @Column(name = "voice_id")
    public Long voiceId;

    @Column(name = "job_id")
    public String jobId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static Optional<VoiceClone> findByJob(long userId, String jobId) {
        return find("userId = ?1 and jobId = ?2", userId, jobId).firstResultOptional();
    }

    public static Optional<VoiceClone> findOwned(long userId, long id) {
        return find("userId = ?1 and id = ?2", userId, id).firstResultOptional();
    }
}
