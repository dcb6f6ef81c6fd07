package studio.loqui.media.audio;

import com.github.kokorin.jaffree.ffmpeg.UrlInput;
import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.ffmpeg.FFmpegBinaries;

import java.time.Duration;
import java.util.List;

/** Encodes PCM to WAV (in Java), MP3 (LAME) or OGG (Vorbis, falling back to Opus) through FFmpeg. */
@ApplicationScoped
public class AudioEncoder {

    private static final Duration TIME_LIMIT = Duration.ofMinutes(2);

    private final FFmpegBinaries binaries;

    public AudioEncoder(FFmpegBinaries binaries) {
        this.binaries = binaries;
    }

    public byte[] encode(PcmAudio audio, AudioFormat format) {
        return switch (format) {
            case WAV -> WavFiles.encode(audio);
            case MP3 -> viaFFmpeg(audio, "mp3", List.of("-c:a", "libmp3lame", "-b:a", "128k"));
            case OGG -> encodeOgg(audio);
        };
    }

    private byte[] encodeOgg(PcmAudio audio) {
        try {
            return viaFFmpeg(audio, "ogg", List.of("-c:a", "libvorbis", "-q:a", "5"));
        } catch (AudioDecodingException noVorbis) {
            // Opus only takes 8/12/16/24/48 kHz; FFmpeg resamples to 48 kHz for it.
            return viaFFmpeg(audio, "ogg", List.of("-c:a", "libopus", "-b:a", "64k", "-ar", "48000"));
        }
    }

    private byte[] viaFFmpeg(PcmAudio audio, String container, List<String> codecArguments) {
        binaries.requireAvailable();
        return TempFiles.withFile(WavFiles.encode(audio), ".wav", wav -> {
            UrlInput input = UrlInput.fromPath(wav);
            input.addArguments("-protocol_whitelist", "file,pipe");
            return new FFmpegRunner(binaries.directory(), TIME_LIMIT).run(input, container, codecArguments);
        });
    }
}
