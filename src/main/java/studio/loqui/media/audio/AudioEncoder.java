package studio.loqui.media.audio;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.ffmpeg.FFmpegBinaries;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Encodes PCM to WAV (in Java), MP3 (LAME) or OGG (Opus) through FFmpeg. */
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

    /**
     * Opus in an Ogg container: the bundled FFmpeg has libopus but only the experimental native
     * Vorbis encoder, and every current browser plays Ogg/Opus. Opus takes 48 kHz; FFmpeg resamples.
     */
    private byte[] encodeOgg(PcmAudio audio) {
        return viaFFmpeg(audio, "ogg", List.of("-c:a", "libopus", "-b:a", "64k", "-ar", "48000"));
    }

    private byte[] viaFFmpeg(PcmAudio audio, String container, List<String> codecArguments) {
        binaries.requireAvailable();
        return TempFiles.withFile(WavFiles.encode(audio), ".wav", wav -> {
            List<String> arguments = new ArrayList<>(List.of("-protocol_whitelist", "file,pipe",
                    "-i", wav.toAbsolutePath().toString()));
            arguments.addAll(codecArguments);
            arguments.addAll(List.of("-f", container, "pipe:1"));
            return FFmpegPipe.toBytes(binaries.ffmpeg(), arguments, TIME_LIMIT);
        });
    }
}
