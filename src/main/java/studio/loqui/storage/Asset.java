package studio.loqui.storage;

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
import java.util.List;
import java.util.Optional;

/** Any stored file, uploaded or generated, measured once on arrival. */
@Entity
@Table(name = "assets")
public class Asset extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "public_id")
    public String publicId;

    @Column(name = "owner_id")
    public Long ownerId;

    @Enumerated(EnumType.STRING)
    public AssetArea area;

    /** The client's (sanitised) name for seed-000 storage; the stored name elsewhere. */
    public String name;

    /** Relative to the storage root. */
    @Column(name = "storage_path")
    public String storagePath;

    /** audio, video or image. */
    public String kind;

    @Column(name = "mime_type")
    public String mimeType;

    /** The file's extension as stored: wav, mp3, mp4, png, ... */
    public String format;

    @Column(name = "size_bytes")
    public long sizeBytes;

    @Column(name = "duration_seconds")
    public Double durationSeconds;

    @Column(name = "sample_rate")
    public Integer sampleRate;

    public Integer channels;

    public Integer width;

    public Integer height;

    @Column(name = "project_name")
    public String projectName;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static Optional<Asset> findOwned(long ownerId, String publicId) {
        return find("ownerId = ?1 and publicId = ?2", ownerId, publicId).firstResultOptional();
    }

    public static Optional<Asset> findByName(long ownerId, AssetArea area, String name) {
        return find("ownerId = ?1 and area = ?2 and name = ?3", ownerId, area, name).firstResultOptional();
    }

    /** Every asset of that name: seed-000 storage keeps one, but an older version could leave more. */
    public static List<Asset> listByName(long ownerId, AssetArea area, String name) {
        return list("ownerId = ?1 and area = ?2 and name = ?3", ownerId, area, name);
    }

    public static List<Asset> listOwned(long ownerId, AssetArea area) {
        return list("ownerId = ?1 and area = ?2 order by name", ownerId, area);
    }

    /** The stored file name, {@code <public id>.<format>}. */
    public String storedName() {
        return publicId + "." + format;
    }
}
