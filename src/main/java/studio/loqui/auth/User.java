package studio.loqui.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;

/** An account; one table serves every API family. */
@Entity
@Table(name = "users")
public class User extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String email;

    public String username;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    public String bio;

    @Column(name = "is_active")
    public boolean active = true;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static Optional<User> findByEmail(String email) {
        return find("lower(email) = ?1", email.toLowerCase()).firstResultOptional();
    }

    public static Optional<User> findByUsername(String username) {
        return find("lower(username) = ?1", username.toLowerCase()).firstResultOptional();
    }

    /** Seed 002 logs in with {@code username}, which may also be the email. */
    public static Optional<User> findByLogin(String login) {
        return login.contains("@") ? findByEmail(login).or(() -> findByUsername(login)) : findByUsername(login);
    }
}
