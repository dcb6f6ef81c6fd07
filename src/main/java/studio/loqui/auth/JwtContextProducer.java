package studio.loqui.auth;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Verifies bearer tokens with the key pair of {@link JwtKeys}, which may be generated at start. */
@ApplicationScoped
public class JwtContextProducer {

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    JWTAuthContextInfo contextInfo(JwtKeys keys, @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer) {
        JWTAuthContextInfo info = new JWTAuthContextInfo(keys.publicKey(), issuer);
        info.setClockSkew(30);
        return info;
    }
}
