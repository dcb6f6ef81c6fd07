package studio.loqui.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One login. Its refresh tokens form a family; revoking the session ends all its tokens at once. */
@Entity
@Table(name = "auth_sessions")
public class AuthSession extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "user_id")
    public Long userId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "revoke_reason")
    public String revokeReason;

    public boolean isActive(OffsetDateTime now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
