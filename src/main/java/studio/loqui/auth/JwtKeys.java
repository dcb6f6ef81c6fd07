package studio.loqui.auth;

import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import studio.loqui.system.LoquiConfig;
import studio.loqui.system.SecretFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs and verifies tokens: the configured PEM files, or a pair generated on
 * first start and kept under {@code storage/keys} so that restarts keep users logged in.
 */
@ApplicationScoped
public class JwtKeys {

    private static final Logger LOG = Logger.getLogger(JwtKeys.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    public JwtKeys(LoquiConfig config) {
        LoquiConfig.Auth auth = config.auth();
        Path keyDir = Path.of(config.storage().root(), "keys");
        Path privatePath = auth.signKeyLocation().map(Path::of).orElse(keyDir.resolve("jwt-private.pem"));
        Path publicPath = auth.verifyKeyLocation().map(Path::of).orElse(keyDir.resolve("jwt-public.pem"));
        try {
            if (!Files.exists(privatePath) && auth.signKeyLocation().isEmpty()) {
                generate(privatePath, publicPath);
            }
            this.privateKey = KeyUtils.decodePrivateKey(Files.readString(privatePath));
            this.publicKey = auth.verifyKeyLocation().isEmpty() && privateKey instanceof RSAPrivateCrtKey crt
                    ? publicOf(crt) : KeyUtils.decodePublicKey(Files.readString(publicPath));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the token signing keys", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Token signing keys are not valid RSA PEM keys", e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /**
     * A new pair, unless another server sharing the storage made one first: its private key then stays,
     * and the public key is derived from it rather than read from a file it may not have written yet.
     */
    private static synchronized void generate(Path privatePath, Path publicPath) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        if (SecretFiles.createNew(privatePath, pem("PRIVATE KEY", pair.getPrivate().getEncoded()))) {
            Files.deleteIfExists(publicPath); // one left by an earlier start that never wrote its private key
            SecretFiles.createNew(publicPath, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            LOG.infof("Generated a token signing key pair in %s", privatePath.toAbsolutePath().getParent());
        }
    }

    private static PublicKey publicOf(RSAPrivateCrtKey key) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
