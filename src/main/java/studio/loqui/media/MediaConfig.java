package studio.loqui.media;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The media engines' settings, under {@code loqui.media.}: upload limits, models and FFmpeg's time limit. */
@ConfigMapping(prefix = "loqui.media")
public interface MediaConfig {

    /** Folder of the models the project trains itself (see models/README.md). */
    @WithDefault("models")
    String modelsDir();

    /** Where models shipped inside the application jar are unpacked for engines that need a folder. */
    String modelCache();

    /**
     * Speech recognisers kept warm between recognitions. A warm Vosk recogniser is about five times faster on
     * ordinary speech and holds its composed decoding graph: some tens of MiB, up to about 270 MiB on speech
     * its language model cannot predict.
     */
    @WithDefault("2")
    int warmRecognizers();

    /** Largest audio upload, in bytes. */
    @WithDefault("104857600")
    long maxAudioBytes();

    /** Largest video upload, in bytes. */
    @WithDefault("524288000")
    long maxVideoBytes();

    /** Largest image upload, in bytes. */
    @WithDefault("20971520")
    long maxImageBytes();

    /** Largest image accepted, in pixels, read from the header before any decoding. */
    @WithDefault("40000000")
    long maxImagePixels();

    /** Longest audio or video accepted, in seconds. */
    @WithDefault("3600")
    double maxDurationSeconds();

    /** Time limit for one FFmpeg or FFprobe run, in seconds. */
    @WithDefault("600")
    long ffmpegTimeoutSeconds();
}
