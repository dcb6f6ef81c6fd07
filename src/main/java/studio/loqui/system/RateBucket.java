package studio.loqui.system;

/** The contract's rate-limit buckets. */
public enum RateBucket {
    /** Register, login, refresh: per client address. */
    AUTH,
    /** File and media uploads: per user. */
    UPLOAD,
    /** Requests that start background work: per user. */
    PROCESSING,
    /** Everything else: per user, or per address when anonymous. */
    GENERAL,
    /** Health and documentation: never limited. */
    NONE
}
