package studio.loqui.storage;

/** Which product a file belongs to; each area is a view of the one asset table. */
public enum AssetArea {
    /** Seed 000 storage: files by the client's name, one per name. */
    STORAGE,
    /** Seed 001 files by UUID. */
    FILES,
    /** Seed 002 voice samples. */
    SAMPLES,
    /** Generated audio and video. */
    GENERATED,
    /** Seed 004 uploads and renders, named by an opaque id. */
    AVATAR
}
