package studio.loqui.media.audio;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.ffmpeg.FFmpegBinaries;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Encodes PCM to WAV (in Java), MP3 (LAME), OGG (Opus), AAC, FLAC or raw 24 kHz PCM through FFmpeg. */
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
            case AAC -> viaFFmpeg(audio, "adts", List.of("-c:a", "aac", "-b:a", "96k"));
            case FLAC -> viaFFmpeg(audio, "flac", List.of("-c:a", "flac"));
            case PCM -> viaFFmpeg(audio, "s16le", List.of("-c:a", "pcm_s16le", "-ac", "1",
                    "-ar", String.valueOf(AudioFormat.PCM_RATE)));
        };
    }

    /** The same speech faster ({@code tempo} above 1) or slower, at its pitch (FFmpeg's {@code atempo}). */
    public PcmAudio retimed(PcmAudio audio, double tempo) {
        if (tempo == 1.0) {
            return audio;
        }
        byte[] raw = viaFFmpeg(audio, "s16le", List.of("-filter:a", atempoChain(tempo), "-c:a", "pcm_s16le",
                "-ac", "1", "-ar", String.valueOf(audio.sampleRate())));
        return PcmAudio.fromPcm16le(raw, 0, raw.length, audio.sampleRate());
    }

    /** {@code atempo} takes 0.5 .. 100 per stage; slower tempos are chained halvings. */
    private static String atempoChain(double tempo) {
        List<String> stages = new ArrayList<>();
        double rest = tempo;
        while (rest < 0.5) {
            stages.add("atempo=0.5");
            rest /= 0.5;
        }
        stages.add(String.format(Locale.ROOT, "atempo=%.4f", rest));
        return String.join(",", stages);
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
