package studio.loqui.media.render;

import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.AudioDecodingException;
import studio.loqui.media.audio.PcmAudio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The speech an avatar mouths, decoded by the one {@link AudioDecoder} to mono 16 kHz and refused as
 * {@link AudioRejectedException} when it is missing, undecodable, shorter than 0.1 s or longer than allowed.
 */
final class AvatarSpeech {

    static final int SAMPLE_RATE = 16_000;

    private final AudioDecoder decoder;
    private final double maxSeconds;

    AvatarSpeech(Path ffmpeg, double maxSeconds) {
        this.decoder = new AudioDecoder(ffmpeg);
        this.maxSeconds = maxSeconds;
    }

    PcmAudio decode(Path audio) {
        if (!Files.isRegularFile(audio)) {
            throw new AudioRejectedException("Audio file not found: " + audio.getFileName());
        }
        PcmAudio speech = decodeWithinLimit(audio);
        if (speech.length() < SAMPLE_RATE / 10) {
            throw new AudioRejectedException("Audio file holds no sound (shorter than 0.1 s)");
        }
        return speech;
    }

    private PcmAudio decodeWithinLimit(Path audio) {
        PcmAudio speech;
        try {
            speech = decoder.decodeHead(audio, SAMPLE_RATE, Duration.ofSeconds((long) Math.ceil(maxSeconds)));
        } catch (AudioDecodingException e) {
            throw new AudioRejectedException("Audio file cannot be decoded: " + e.getMessage());
        }
        if (speech.durationSeconds() > maxSeconds) {
            throw new AudioRejectedException("Audio is longer than the allowed " + maxSeconds + " seconds");
        }
        return speech;
    }
}
