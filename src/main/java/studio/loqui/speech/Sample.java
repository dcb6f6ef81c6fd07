package studio.loqui.speech;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;

/** Seed 002: a recording a user uploaded or recorded, and the voice analysed from it. */
@Entity
@Table(name = "samples")
public class Sample extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id")
    public Long userId;

    @Column(name = "voice_id")
    public Long voiceId;

    @Column(name = "asset_id")
    public Long assetId;

    @Column(name = "sample_name")
    public String sampleName;

    @Column(name = "upload_type")
    public String uploadType;

    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;

    public static Optional<Sample> findOwned(long userId, long id) {
        return find("userId = ?1 and id = ?2", userId, id).firstResultOptional();
    }
}
