package studio.loqui.dubbing.speakers;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;

/** A speaker one of the owner's dubs told apart: how they sound, and the caller's voice mapped to them. */
@Entity
@Table(name = "dub_speakers")
public class KnownSpeaker extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "public_id")
    public String publicId;

    @Column(name = "owner_id")
    public Long ownerId;

    /** {@link studio.loqui.media.voiceprint.VoiceProfileData} of the speaker as first heard, as JSON. */
    @Column(name = "profile_json")
    public String profileJson;

    /** The caller's voice last mapped to the speaker; null for their own voice. */
    @Column(name = "voice_id")
    public Long voiceId;

    @Column(name = "first_job_id")
    public String firstJobId;

    @Column(name = "last_job_id")
    public String lastJobId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    static List<KnownSpeaker> of(long ownerId) {
        return list("ownerId = ?1 order by id", ownerId);
    }
}
