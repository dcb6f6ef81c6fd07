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

/** Seed 002: a script spoken in a voice; its state and output live in its job. */
@Entity
@Table(name = "generations")
public class Generation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id")
    public Long userId;

    @Column(name = "sample_id")
    public Long sampleId;

    @Column(name = "voice_id")
    public Long voiceId;

    @Column(name = "job_id")
    public String jobId;

    @Column(name = "model_name")
    public String modelName;

    @Column(name = "script_text")
    public String scriptText;

    @Column(name = "generated_at")
    public OffsetDateTime generatedAt;

    public static Optional<Generation> findOwned(long userId, long id) {
        return find("userId = ?1 and id = ?2", userId, id).firstResultOptional();
    }
}
