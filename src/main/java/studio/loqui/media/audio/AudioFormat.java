package studio.loqui.media.audio;

import java.util.Locale;

/** Output formats the encoder writes. WAV is the default. */
public enum AudioFormat {
    WAV("audio/wav", "wav"),
    MP3("audio/mpeg", "mp3"),
    OGG("audio/ogg", "ogg");

    private final String mimeType;
    private final String extension;

    AudioFormat(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }

    /** The format named by {@code name} ({@code wav}, {@code mp3}, {@code ogg}); WAV when blank. */
    public static AudioFormat parse(String name) {
        if (name == null || name.isBlank()) {
            return WAV;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unsupported audio format '" + name + "'; use wav, mp3 or ogg");
        }
    }
}
