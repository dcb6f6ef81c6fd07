package studio.loqui.user;

import studio.loqui.speech.CloneStatistics;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import studio.loqui.auth.User;
import studio.loqui.system.ApiException;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Seed 000's profile fields and statistics. Profiles are read on most page loads, so each is kept in
 * memory after its first read and dropped when it changes here; another server of a cluster sees a
 * change within {@link #FRESH}.
 */
@ApplicationScoped
public class ProfileService {

    static final Duration FRESH = Duration.ofSeconds(5);

    private final Instance<CloneStatistics> clones;
    private final Cache<Long, Profile> profiles = Caffeine.newBuilder()
            .expireAfterWrite(FRESH)
            .maximumSize(100_000)
            .build();

    public ProfileService(Instance<CloneStatistics> clones) {
        this.clones = clones;
    }

    /** A user's profile fields, as last stored. */
    public record Profile(Long id, String email, String username, String firstName, String lastName, String bio,
                          String fullName) {

        static Profile of(User user) {
            return new Profile(user.id, user.email, user.username, user.firstName, user.lastName, user.bio,
                    user.fullName);
        }
    }

    /** The remembered profile, or null when it must be read from the database. */
    public Profile cachedProfile(long userId) {
        return profiles.getIfPresent(userId);
    }

    /** The profile of an active user; a deleted or disabled account is a 401. */
    public Profile profile(long userId) {
        return profiles.get(userId, id -> {
            User user = User.findById(id);
            if (user == null || !user.active) {
                throw ApiException.unauthorized("Account no longer exists");
            }
            return Profile.of(user);
        });
    }

    @Transactional
    public Profile update(long userId, String firstName, String lastName, String bio) {
        User user = User.findById(userId);
        if (user == null) {
            throw ApiException.unauthorized("Account no longer exists");
        }
        user.firstName = firstName == null ? user.firstName : firstName;
        user.lastName = lastName == null ? user.lastName : lastName;
        user.bio = bio == null ? user.bio : bio;
        user.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        profiles.invalidate(userId);
        return Profile.of(user);
    }

    /** Counts by status; without a voice feature installed there are no clones to count. */
    public Map<String, Long> cloneCounts(long userId) {
        return clones.isResolvable() ? clones.get().countByStatus(userId) : Map.of();
    }
}
