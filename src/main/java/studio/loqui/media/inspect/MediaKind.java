package studio.loqui.media.inspect;

/** What a file holds, as far as the product cares. */
public enum MediaKind {
    AUDIO, VIDEO, IMAGE;

    public String label() {
        return name().toLowerCase();
    }
}
