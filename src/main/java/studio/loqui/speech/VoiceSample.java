package studio.loqui.speech;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;

/** A further recording a voice learns from, besides the one it was made from ({@link Voice#sourceAssetId}). */
@Entity
@Table(name = "voice_samples")
public class VoiceSample extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "voice_id")
    public Long voiceId;

    @Column(name = "asset_id")
    public Long assetId;

    @Column(name = "added_at")
    public OffsetDateTime addedAt;

    public static List<VoiceSample> of(long voiceId) {
        return list("voiceId = ?1 order by id", voiceId);
    }
}
