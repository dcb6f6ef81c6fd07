package studio.loqui.jobs.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobsConfig;
import studio.loqui.system.LoquiConfig;
import studio.loqui.system.SecretFiles;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Signs webhook bodies: {@code X-Loqui-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">}, with the
 * configured secret, or one generated once under {@code storage/keys/webhook-secret} (shared by cluster
 * nodes through the shared storage folder).
 */
@ApplicationScoped
public class WebhookSigner {

    private final byte[] secret;

    public WebhookSigner(JobsConfig config, LoquiConfig loqui) {
        this.secret = config.webhook().secret()
                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> storedSecret(Path.of(loqui.storage().root(), "keys", "webhook-secret")));
    }

    public String sign(long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The secret kept under the storage root, made on first use (the first server's stays; see {@link SecretFiles}). */
    private static byte[] storedSecret(Path file) {
        try {
            return SecretFiles.readOrCreate(file, WebhookSigner::freshSecret).strip().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the webhook secret " + file, e);
        }
    }

    private static String freshSecret() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
