package studio.loqui.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.system.ApiException;
import studio.loqui.system.LoquiConfig;
import studio.loqui.system.RateLimiter;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/** Registration and login; passwords are kept only as bcrypt hashes. */
@ApplicationScoped
public class AuthService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9_.-]{1,64}$");
    private static final int MAX_PASSWORD_LENGTH = 72;

    private final LoquiConfig.Auth config;
    private final RateLimiter limiter;
    private final PasswordHasher hasher;
    private final TokenService tokens;

    public AuthService(LoquiConfig config, RateLimiter limiter, PasswordHasher hasher, TokenService tokens) {
        this.config = config.auth();
        this.limiter = limiter;
        this.hasher = hasher;
        this.tokens = tokens;
    }

    @Transactional
    public User register(String email, String username, String password, String fullName) {
        String cleanEmail = required("email", email).trim();
        String cleanUsername = required("username", username).trim();
        String cleanPassword = required("password", password);
        if (!EMAIL.matcher(cleanEmail).matches() || cleanEmail.length() > 320) {
            throw ApiException.invalidField("email", "Invalid email format");
        }
        if (!USERNAME.matcher(cleanUsername).matches()) {
            throw ApiException.invalidField("username", "Use 1 to 64 letters, digits, '.', '_' or '-'");
        }
        if (cleanPassword.length() < config.minPasswordLength() || cleanPassword.length() > MAX_PASSWORD_LENGTH) {
            throw ApiException.invalidField("password",
                    "Must be " + config.minPasswordLength() + " to " + MAX_PASSWORD_LENGTH + " characters");
        }
        if (fullName != null && fullName.length() > 200) {
            throw ApiException.invalidField("full_name", "At most 200 characters");
        }
        if (User.findByEmail(cleanEmail).isPresent()) {
            throw ApiException.invalidField("email", "Email already registered");
        }
        if (User.findByUsername(cleanUsername).isPresent()) {
            throw ApiException.invalidField("username", "Username already taken");
        }
        User user = new User();
        user.email = cleanEmail;
        user.username = cleanUsername;
        user.passwordHash = hasher.hash(cleanPassword);
        user.fullName = fullName;
        user.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        user.updatedAt = user.createdAt;
        user.persist();
        return user;
    }

    /**
     * Checks a login (email or username) and password from a client address; failures count against the
     * account, by either name (see {@link RateLimiter#checkLoginAllowed}).
     */
    @Transactional
    public User authenticate(String login, String password, String address) {
        if (login == null || login.isBlank() || password == null || password.isEmpty()) {
            throw ApiException.badRequest("email (or username) and password are required");
        }
        String account = login.trim();
        User user = User.findByLogin(account).orElse(null);
        String throttleKey = user == null ? account : "user:" + user.id;
        limiter.checkLoginAllowed(throttleKey, address);
        if (!hasher.matches(password, user == null ? null : user.passwordHash) || user == null) {
            limiter.recordFailedLogin(throttleKey, address);
            throw ApiException.unauthorized("Incorrect email/username or password");
        }
        if (!user.active) {
            throw ApiException.unauthorized("Account is disabled");
        }
        limiter.recordSuccessfulLogin(throttleKey, address);
        return user;
    }

    /** Disables an account: it can no longer log in, and its tokens stop working at once. */
    @Transactional
    public void disable(long userId) {
        User user = User.findById(userId);
        if (user != null) {
            user.active = false;
            tokens.endAllSessions(userId, "account_disabled");
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalidField(field, "Field required");
        }
        return value;
    }
}
