package studio.loqui.film;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import studio.loqui.system.ApiException;
import studio.loqui.system.LoquiConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignedFilmUrlsTest {

    private static final String DEFAULT_KEY = "a test signing key";
    private static final long JOB = 7;
    private static final Duration TTL = Duration.ofMinutes(30);

    private final SignedFilmUrls urls = withKey(DEFAULT_KEY);

    @Test
    void shouldSignPathOfTheJobsFilmWithExpiryOneTtlAhead() {
        Instant before = Instant.now();
        SignedFilmUrls.Signed signed = urls.sign(JOB);

        assertTrue(signed.pathAndQuery().startsWith("/api/v1/films/7/film.mp4?expires="), signed.pathAndQuery());
        long expires = Long.parseLong(query(signed).get("expires"));
        assertEquals(signed.expiresAt().getEpochSecond(), expires);
        assertEquals(0, signed.expiresAt().getNano());
        assertTrue(Math.abs(expires - before.plus(TTL).getEpochSecond()) <= 2, signed.toString());
    }

    @Test
    void shouldCarryHmacSha256OfPurposeJobAndExpiryInBase64Url() throws Exception {
        Map<String, String> query = query(urls.sign(JOB));
        long expires = Long.parseLong(query.get("expires"));
        String expected = hmac(DEFAULT_KEY.getBytes(StandardCharsets.UTF_8), "loqui-film-download\n7\n" + expires);

        assertEquals(expected, query.get("signature"));
        assertTrue(query.get("signature").matches("[A-Za-z0-9_-]{43}"), query.get("signature"));
    }

    @Test
    void shouldAcceptWhatItSigned() {
        Map<String, String> query = query(urls.sign(JOB));
        assertDoesNotThrow(() -> urls.verify(JOB, query.get("expires"), query.get("signature")));
    }

    @Test
    void shouldAcceptIndependentlySignedLinkThatHasNotExpired() throws Exception {
        long expires = Instant.now().getEpochSecond() + 60;
        String signature = hmac(DEFAULT_KEY.getBytes(StandardCharsets.UTF_8), "loqui-film-download\n7\n" + expires);
        assertDoesNotThrow(() -> urls.verify(JOB, Long.toString(expires), signature));
    }

    @Test
    void shouldRefuseLinkForAnotherJob() {
        Map<String, String> query = query(urls.sign(JOB));
        assertForbidden("signature does not match", () -> urls.verify(JOB + 1, query.get("expires"), query.get("signature")));
    }

    @Test
    void shouldRefuseLinkWhoseExpiryWasMovedLater() {
        Map<String, String> query = query(urls.sign(JOB));
        String later = Long.toString(Long.parseLong(query.get("expires")) + 86_400);
        assertForbidden("signature does not match", () -> urls.verify(JOB, later, query.get("signature")));
    }

    @Test
    void shouldRefuseTamperedMissingOrForeignSignature() throws Exception {
        Map<String, String> query = query(urls.sign(JOB));
        String signature = query.get("signature");
        String flipped = (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);
        String foreign = hmac("another server's key".getBytes(StandardCharsets.UTF_8),
                "loqui-film-download\n7\n" + query.get("expires"));

        assertForbidden("signature does not match", () -> urls.verify(JOB, query.get("expires"), flipped));
        assertForbidden("signature does not match", () -> urls.verify(JOB, query.get("expires"), signature + "A"));
        assertForbidden("signature does not match", () -> urls.verify(JOB, query.get("expires"), ""));
        assertForbidden("signature does not match", () -> urls.verify(JOB, query.get("expires"), null));
        assertForbidden("signature does not match", () -> urls.verify(JOB, query.get("expires"), foreign));
    }

    @Test
    void shouldRefuseExpiryThatIsNotANumber() {
        Map<String, String> query = query(urls.sign(JOB));
        assertForbidden("not valid", () -> urls.verify(JOB, "tomorrow", query.get("signature")));
        assertForbidden("not valid", () -> urls.verify(JOB, null, query.get("signature")));
    }

    @Test
    void shouldRefuseCorrectlySignedLinkThatHasExpired() throws Exception {
        long expired = Instant.now().getEpochSecond() - 5;
        String signature = hmac(DEFAULT_KEY.getBytes(StandardCharsets.UTF_8), "loqui-film-download\n7\n" + expired);
        assertForbidden("expired", () -> urls.verify(JOB, Long.toString(expired), signature));
    }

    @Test
    void shouldRefuseLinkSignedByAServerWithAnotherKey() {
        Map<String, String> query = query(withKey("another server's key").sign(JOB));
        assertForbidden("signature does not match", () -> urls.verify(JOB, query.get("expires"), query.get("signature")));
    }

    @Test
    void shouldKeepGeneratedKeyUnderStorageSoServersSharingItAgree(@TempDir Path root) throws Exception {
        SignedFilmUrls first = withStoredKey(root);
        Map<String, String> query = query(first.sign(JOB));
        SignedFilmUrls restarted = withStoredKey(root);

        assertDoesNotThrow(() -> restarted.verify(JOB, query.get("expires"), query.get("signature")));
        Path file = root.resolve("keys/film-url.key");
        byte[] key = Base64.getDecoder().decode(Files.readString(file).strip());
        assertEquals(32, key.length);
        assertEquals(hmac(key, "loqui-film-download\n7\n" + query.get("expires")), query.get("signature"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    private static void assertForbidden(String reason, Executable call) {
        ApiException e = assertThrows(ApiException.class, call);
        assertEquals(403, e.status());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    /** The signature computed here, apart from the production signer. */
    private static String hmac(byte[] key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] digest = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static Map<String, String> query(SignedFilmUrls.Signed signed) {
        Map<String, String> params = new HashMap<>();
        for (String pair : signed.pathAndQuery().substring(signed.pathAndQuery().indexOf('?') + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], kv[1]);
        }
        return params;
    }

    private static SignedFilmUrls withKey(String key) {
        // a configured key: the storage settings are never read
        return new SignedFilmUrls(settings(Optional.of(key)), null);
    }

    private static SignedFilmUrls withStoredKey(Path root) {
        LoquiConfig.Storage storage = proxy(LoquiConfig.Storage.class, "root", root.toString());
        return new SignedFilmUrls(settings(Optional.empty()), proxy(LoquiConfig.class, "storage", storage));
    }

    private static FilmSettings settings(Optional<String> key) {
        return new FilmSettings() {
            @Override
            public Duration signedUrlTtl() {
                return TTL;
            }

            @Override
            public Optional<String> signingKey() {
                return key;
            }

            @Override
            public Optional<String> publicBaseUrl() {
                return Optional.empty();
            }
        };
    }

    /** A config interface answering one method; any other call fails the test. */
    private static <T> T proxy(Class<T> type, String method, Object value) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, m, args) -> {
            if (m.getName().equals(method)) {
                return value;
            }
            throw new UnsupportedOperationException(m.getName());
        }));
    }
}
