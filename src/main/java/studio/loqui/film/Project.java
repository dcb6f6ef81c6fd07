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

/** Seed 003: a film project; its jobs turn scripts into films. */
@Entity
@Table(name = "film_projects")
public class Project extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "owner_id")
    public Long ownerId;

    public String name;

    public String description;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static Optional<Project> findOwned(long ownerId, long id) {
        return find("ownerId = ?1 and id = ?2", ownerId, id).firstResultOptional();
    }

    public static List<Project> listOwned(long ownerId) {
        return list("ownerId = ?1 order by id", ownerId);
    }
}
