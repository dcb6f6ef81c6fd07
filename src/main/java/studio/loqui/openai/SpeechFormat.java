package studio.loqui.openai;

import studio.loqui.media.audio.AudioFormat;
import studio.loqui.system.ApiException;

import java.util.Arrays;
import java.util.Locale;

/** OpenAI's {@code response_format} of speech and the encoding that writes it. */
public enum SpeechFormat {
    MP3(AudioFormat.MP3, "audio/mpeg"),
    OPUS(AudioFormat.OGG, "audio/ogg"),
    AAC(AudioFormat.AAC, "audio/aac"),
    FLAC(AudioFormat.FLAC, "audio/flac"),
    WAV(AudioFormat.WAV, "audio/wav"),
    PCM(AudioFormat.PCM, "audio/pcm");

    private final AudioFormat encoding;
    private final String mediaType;

    SpeechFormat(AudioFormat encoding, String mediaType) {
        this.encoding = encoding;
        this.mediaType = mediaType;
    }

    /** The named format; OpenAI's default, mp3, when none is named. */
    public static SpeechFormat parse(String name) {
        if (name == null || name.isBlank()) {
            return MP3;
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name().equals(wanted)).findFirst()
                .orElseThrow(() -> ApiException.invalidField("response_format",
                        "must be one of mp3, opus, aac, flac, wav, pcm"));
    }

    public AudioFormat encoding() {
        return encoding;
    }

    public String mediaType() {
        return mediaType;
    }
}
