package studio.loqui.media.audio;

import java.util.Locale;

/**
 * Output formats the encoder writes. WAV is the default. WAV, MP3 and OGG are the ones the seeds' APIs store
 * and {@link #parse} accepts; AAC (ADTS), FLAC and PCM are served as they are made, by name.
 */
public enum AudioFormat {
    WAV("audio/wav", "wav", true),
    MP3("audio/mpeg", "mp3", true),
    OGG("audio/ogg", "ogg", true),
    AAC("audio/aac", "aac", false),
    FLAC("audio/flac", "flac", false),
    /** Raw signed 16-bit little-endian mono samples at {@link #PCM_RATE} Hz, without a header. */
    PCM("audio/pcm", "pcm", false);

    public static final int PCM_RATE = 24000;

    private final String mimeType;
    private final String extension;
    private final boolean stored;

    AudioFormat(String mimeType, String extension, boolean stored) {
        this.mimeType = mimeType;
        this.extension = extension;
        this.stored = stored;
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
            AudioFormat format = valueOf(name.strip().toUpperCase(Locale.ROOT));
            if (format.stored) {
                return format;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException("Unsupported audio format '" + name + "'; use wav, mp3 or ogg");
    }
}
