package studio.loqui.system;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The contract's rate limits, lowered so that a test can reach each one quickly. */
public class StrictLimitsProfile implements QuarkusTestProfile {

    static final int AUTH = 4;
    static final int UPLOAD = 2;
    static final int GENERAL = 5;
    static final int FAILED_LOGINS = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "loqui.rate-limit.auth-per-minute", String.valueOf(AUTH),
                "loqui.rate-limit.upload-per-hour", String.valueOf(UPLOAD),
                "loqui.rate-limit.general-per-minute", String.valueOf(GENERAL),
                "loqui.rate-limit.failed-logins-per-account", String.valueOf(FAILED_LOGINS),
                "loqui.rate-limit.processing-per-hour", "2");
    }
}
