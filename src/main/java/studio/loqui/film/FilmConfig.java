package studio.loqui.film;

import studio.loqui.system.ApiException;

/**
 * Seed 003's job config, validated. Defaults (fps 30, quality high) are the ones the seed's example prices at.
 */
public record FilmConfig(int numImages, double videoDuration, boolean includeVoice, boolean includeMusic, int fps,
                         String quality, String voice, String genre, String mood) {

    /** The server's stock narrator; any other {@code voice} is a voice profile id the owner has. */
    public static final String DEFAULT_VOICE = "default";

    public static final int MAX_IMAGES = 500;
    public static final double MAX_DURATION_SECONDS = 3600;

    public static FilmConfig of(Integer numImages, Double videoDuration, Boolean includeVoice, Boolean includeMusic,
                                Integer fps, String quality, String voice, String genre, String mood) {
        return new FilmConfig(
                within("num_images", numImages == null ? 10 : numImages, 1, MAX_IMAGES),
                within("video_duration", videoDuration == null ? 30 : videoDuration, 1, MAX_DURATION_SECONDS),
                includeVoice == null || includeVoice, includeMusic == null || includeMusic,
                (int) within("fps", fps == null ? 30 : fps, 1, 60),
                quality(quality), voice == null || voice.isBlank() ? DEFAULT_VOICE : voice.strip(),
                genre == null ? "cinematic" : genre, mood == null ? "inspiring" : mood);
    }

    private static int within(String field, int value, int min, int max) {
        return (int) within(field, (double) value, min, max);
    }

    private static double within(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw ApiException.invalidField(field, "must be between " + (long) min + " and " + (long) max);
        }
        return value;
    }

    private static String quality(String quality) {
        String q = quality == null ? "high" : quality.strip().toLowerCase();
        if (!q.equals("low") && !q.equals("medium") && !q.equals("high")) {
            throw ApiException.invalidField("quality", "must be low, medium or high");
        }
        return q;
    }
}
