package studio.loqui.film;

/**
 * The one price table of seed 003, in US dollars. It prices both the estimate (over the requested config)
 * and the actual cost (over what was rendered). Rates are chosen so the seed's example (10 images, 30 s,
 * voice and music, 30 fps, high quality) itemises exactly as the seed shows: 0.20 + 1.50 + 0.45 + 0.30 + 0.03.
 */
public final class PriceTable {

    /** One scene picture. */
    public static final double PER_IMAGE = 0.02;
    /** One second of video at 30 fps and high quality; scaled by fps / 30 and the quality factor. */
    public static final double PER_VIDEO_SECOND = 0.05;
    /** One second of voiceover. */
    public static final double PER_VOICE_SECOND = 0.015;
    /** One second of music. */
    public static final double PER_MUSIC_SECOND = 0.01;
    /** One second of assembly and encoding; scaled by fps / 30. */
    public static final double PER_FFMPEG_SECOND = 0.001;
    /** The frame rate the per-second video and encoding rates are quoted at. */
    public static final double REFERENCE_FPS = 30;
    /** Refused above this, per job. */
    public static final double MAX_JOB_COST = 100;
    /** Refused above this, per user and UTC day (what ended jobs cost plus what running ones may still cost). */
    public static final double MAX_DAILY_COST = 500;

    private PriceTable() {
    }

    /** Video generation costs less at lower quality: fewer pixels to render and encode. */
    public static double qualityFactor(String quality) {
        return switch (quality) {
            case "low" -> 0.5;
            case "medium" -> 0.75;
            default -> 1.0;
        };
    }

    /**
     * Narration pace assumed before anything is spoken: 150 words a minute, plus the lead-in and pause
     * each line gets on screen (the film grows past its requested length when narration needs it).
     */
    static final double NARRATION_WORDS_PER_SECOND = 2.5;
    static final double SECONDS_AROUND_EACH_LINE = 0.6;

    /** The estimate: the requested config, voice and music priced over the whole requested duration. */
    public static CostBreakdown price(FilmConfig config) {
        return price(config, config.videoDuration());
    }

    /** The estimate for a script: as {@link #price(FilmConfig)}, over the narration's length when that is longer. */
    public static CostBreakdown price(FilmConfig config, String script) {
        return price(config, config.includeVoice()
                ? Math.max(config.videoDuration(), narrationSeconds(script)) : config.videoDuration());
    }

    static double narrationSeconds(String script) {
        double seconds = 0;
        for (String line : script.split("\\R")) {
            String words = line.strip();
            if (!words.isEmpty()) {
                seconds += words.split("\\s+").length / NARRATION_WORDS_PER_SECOND + SECONDS_AROUND_EACH_LINE;
            }
        }
        return seconds;
    }

    private static CostBreakdown price(FilmConfig config, double seconds) {
        return itemise(new Work(config.numImages(), seconds, config.includeVoice() ? seconds : 0,
                config.includeMusic() ? seconds : 0, config.fps(), config.quality()));
    }

    /**
     * What was really done, priced at the same rates: pictures painted, seconds of video encoded, seconds of
     * narration spoken, seconds of music composed.
     */
    public record Work(int images, double videoSeconds, double voiceSeconds, double musicSeconds, int fps,
                       String quality) {
    }

    public static CostBreakdown itemise(Work work) {
        double fpsFactor = work.fps() / REFERENCE_FPS;
        return new CostBreakdown(
                cents(work.images() * PER_IMAGE),
                cents(work.videoSeconds() * PER_VIDEO_SECOND * fpsFactor * qualityFactor(work.quality())),
                cents(work.voiceSeconds() * PER_VOICE_SECOND),
                cents(work.musicSeconds() * PER_MUSIC_SECOND),
                cents(work.videoSeconds() * PER_FFMPEG_SECOND * fpsFactor));
    }

    static double cents(double dollars) {
        return Math.round(dollars * 100) / 100.0;
    }
}
