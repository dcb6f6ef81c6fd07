package studio.loqui.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.system.LoquiConfig;

/** Slow salted bcrypt hashes; the cost is configurable (tests lower it, never production). */
@ApplicationScoped
public class PasswordHasher {

    /** A valid hash that matches nothing, so unknown accounts take as long to refuse as known ones. */
    private final String decoy;
    private final int cost;

    public PasswordHasher(LoquiConfig config) {
        this.cost = config.auth().bcryptCost();
        this.decoy = BcryptUtil.bcryptHash("decoy-password-never-used", cost);
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    public boolean matches(String password, String hash) {
        return BcryptUtil.matches(password, hash == null ? decoy : hash);
    }
}
