package studio.loqui.media.audio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import studio.loqui.media.ffmpeg.FFmpegBinaries;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Decodes any audio FFmpeg reads (WAV, MP3, OGG/Opus, FLAC, M4A/AAC, WebM, or the sound track
 * of a video) to mono float PCM at a chosen rate. Only the {@code file} and {@code pipe}
 * protocols are allowed, so a crafted playlist cannot make FFmpeg fetch other files or URLs.
 */
@ApplicationScoped
public class AudioDecoder {

    /** Longest audio decoded by default; longer input is refused rather than filling the heap. */
    public static final Duration DEFAULT_MAX_LENGTH = Duration.ofMinutes(15);
    private static final Duration TIME_LIMIT = Duration.ofMinutes(2);
    /**
     * Demuxers for the accepted uploads (audio, and video whose sound track is wanted); playlists
     * and concat scripts, which make FFmpeg open further files, are not among them.
     */
    private static final String ACCEPTED_CONTAINERS = "wav,mp3,ogg,flac,mov,matroska,aac";

    private final Supplier<Path> ffmpeg;

    /** The bundled FFmpeg; each decode first checks that it runs here (a 503 naming it when not). */
    @Inject
    public AudioDecoder(FFmpegBinaries binaries) {
        this.ffmpeg = binaries::ffmpeg;
    }

    /** For code built outside CDI (the avatar renderer) that is given FFmpeg's executable. */
    public AudioDecoder(Path ffmpeg) {
        this.ffmpeg = () -> ffmpeg;
    }

    public PcmAudio decode(Path file, int sampleRate) {
        return decode(file, sampleRate, DEFAULT_MAX_LENGTH);
    }

    public PcmAudio decode(Path file, int sampleRate, Duration maxLength) {
        PcmAudio audio = decodeHead(file, sampleRate, maxLength);
        if (audio.durationSeconds() > maxLength.toSeconds()) {
            throw new AudioDecodingException("audio is longer than the limit of " + maxLength.toSeconds() + " s");
        }
        return audio;
    }

    /**
     * The first {@code length} and a second more of the file, for a caller that words its own refusal of
     * longer audio: whatever is longer than that comes back longer than {@code length}.
     */
    public PcmAudio decodeHead(Path file, int sampleRate, Duration length) {
        return decode(List.of("-protocol_whitelist", "file,pipe", "-format_whitelist", ACCEPTED_CONTAINERS,
                "-i", file.toAbsolutePath().toString()), sampleRate, length);
    }

    /**
     * Both channels of the file's sound; more channels are mixed down to two. A mono file comes back as its one
     * channel in both, 3 dB lower (FFmpeg's upmix): {@link StereoPcm#isMono()} tells it, and
     * {@link #decode(Path, int)} gives it at its level.
     */
    public StereoPcm decodeStereo(Path file, int sampleRate) {
        byte[] raw = run(List.of("-protocol_whitelist", "file,pipe", "-format_whitelist", ACCEPTED_CONTAINERS,
                "-i", file.toAbsolutePath().toString()), 2, sampleRate, DEFAULT_MAX_LENGTH);
        StereoPcm audio = StereoPcm.deinterleave(toPcm(raw, sampleRate).samples(), sampleRate);
        if (audio.length() == 0) {
            throw new AudioDecodingException("the file contains no audio samples");
        }
        if (audio.durationSeconds() > DEFAULT_MAX_LENGTH.toSeconds()) {
            throw new AudioDecodingException(
                    "audio is longer than the limit of " + DEFAULT_MAX_LENGTH.toSeconds() + " s");
        }
        return audio;
    }

    /** Decodes an in-memory file (e.g. a TTS tool's WAV output). */
    public PcmAudio decode(byte[] encoded, int sampleRate) {
        return TempFiles.withFile(encoded, ".bin", file -> decode(file, sampleRate));
    }

    private PcmAudio decode(List<String> input, int sampleRate, Duration maxLength) {
        byte[] raw = run(input, 1, sampleRate, maxLength);
        PcmAudio audio = toPcm(raw, sampleRate);
        if (audio.length() == 0) {
            throw new AudioDecodingException("the file contains no audio samples");
        }
        return audio;
    }

    private byte[] run(List<String> input, int channels, int sampleRate, Duration maxLength) {
        List<String> arguments = new ArrayList<>(input);
        arguments.addAll(List.of("-map", "0:a:0", "-ac", Integer.toString(channels),
                "-ar", Integer.toString(sampleRate),
                "-t", Long.toString(maxLength.toSeconds() + 1), "-f", "f32le", "pipe:1"));
        return FFmpegPipe.toBytes(ffmpeg.get(), arguments, TIME_LIMIT);
    }

    private static PcmAudio toPcm(byte[] raw, int sampleRate) {
        float[] samples = new float[raw.length / 4];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(samples);
        return new PcmAudio(samples, sampleRate);
    }
}
