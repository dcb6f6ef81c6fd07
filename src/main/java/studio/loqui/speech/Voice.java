package studio.loqui.speech;

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

/** A speaker analysed from speech; every product can speak with any voice its owner has. */
@Entity
@Table(name = "voices")
public class Voice extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "public_id")
    public String publicId;

    @Column(name = "owner_id")
    public Long ownerId;

    public String name;

    public String language;

    public String gender;

    public String description;

    @Enumerated(EnumType.STRING)
    public VoiceOrigin origin;

    @Column(name = "source_asset_id")
    public Long sourceAssetId;

    /** {@link studio.loqui.media.voiceprint.VoiceProfileData} as JSON. */
    @Column(name = "profile_json")
    public String profileJson;

    /** {@link studio.loqui.media.audio.AudioQualityReport} of the source speech, as JSON. */
    @Column(name = "quality_json")
    public String qualityJson;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static Optional<Voice> findOwned(long ownerId, String publicId) {
        return find("ownerId = ?1 and publicId = ?2", ownerId, publicId).firstResultOptional();
    }
}
