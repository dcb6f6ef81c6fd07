package studio.loqui.dubbing.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The audio formats seed 001 extracts to (a set of its own: flac, no ogg), with the FFmpeg encoder of each and the sample rates it takes. */
public enum ExtractedAudioFormat {
    WAV("pcm_s16le", Set.of(8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000, 96000)),
    MP3("libmp3lame", Set.of(8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)),
    FLAC("flac", Set.of(8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000, 96000));

    private final String codec;
    private final Set<Integer> sampleRates;

    ExtractedAudioFormat(String codec, Set<Integer> sampleRates) {
        this.codec = codec;
        this.sampleRates = sampleRates;
    }

    public static Optional<ExtractedAudioFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.extension().equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String codec() {
        return codec;
    }

    public boolean supports(int sampleRate) {
        return sampleRates.contains(sampleRate);
    }

    public String sampleRatesText() {
        return sampleRates.stream().sorted().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
