package studio.loqui.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import studio.loqui.auth.User;
import studio.loqui.system.ApiException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/** Seed 000's profile fields and statistics. */
@ApplicationScoped
public class ProfileService {

    private final Instance<CloneStatistics> clones;

    public ProfileService(Instance<CloneStatistics> clones) {
        this.clones = clones;
    }

    @Transactional
    public User update(long userId, String firstName, String lastName, String bio) {
        User user = User.findById(userId);
        if (user == null) {
            throw ApiException.unauthorized("Account no longer exists");
        }
        user.firstName = limited("first_name", firstName, 100, user.firstName);
        user.lastName = limited("last_name", lastName, 100, user.lastName);
        user.bio = limited("bio", bio, 2000, user.bio);
        user.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return user;
    }

    /** Counts by status; without a voice feature installed there are no clones to count. */
    public Map<String, Long> cloneCounts(long userId) {
        return clones.isResolvable() ? clones.get().countByStatus(userId) : Map.of();
    }

    private static String limited(String field, String value, int max, String current) {
        if (value == null) {
            return current;
        }
        if (value.length() > max) {
            throw ApiException.invalidField(field, "At most " + max + " characters");
        }
        return value;
    }
}
