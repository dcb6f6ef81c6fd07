package studio.loqui.dubbing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a dubbed video is encoded. Lengths: the output lasts as long as the longer of picture and new sound, so
 * neither is cut. Shorter sound is padded with silence to the end of the picture (the film goes on quietly);
 * longer sound holds the last frame until the speech ends, which needs the picture re-encoded. The original
 * picture is copied untouched only at {@code high} quality, into a container that can carry its codec, and
 * when it needs no extra frames; otherwise it is re-encoded (even width and height, as H.264 wants).
 *
 * @param arguments FFmpeg output arguments in name, value pairs
 */
public record DubbedVideoPlan(boolean copiesVideo, double paddedAudioSeconds, double extendedVideoSeconds,
                       double durationSeconds, List<String> arguments) {

    /** Differences shorter than this (one frame at 25 fps) are left alone. */
    private static final double TOLERANCE_SECONDS = 0.04;
    private static final String AUDIO_RATE = "48000";

    public record Picture(String codec, int width, int height, double durationSeconds) {
    }

    public static DubbedVideoPlan of(DubbedVideoFormat format, DubbedVideoQuality quality, Picture picture,
            double audioSeconds) {
        double extend = audioSeconds - picture.durationSeconds() > TOLERANCE_SECONDS
                ? audioSeconds - picture.durationSeconds() : 0;
        double pad = picture.durationSeconds() - audioSeconds > TOLERANCE_SECONDS
                ? picture.durationSeconds() - audioSeconds : 0;
        boolean copy = quality.keepsOriginalPicture() && format.canCarry(picture.codec()) && extend == 0;
        double duration = Math.max(picture.durationSeconds(), audioSeconds);
        List<String> args = new ArrayList<>(copy ? List.of("-c:v", "copy") : reencode(format, quality, picture, extend));
        args.addAll(audio(format, quality, pad > 0 ? picture.durationSeconds() : 0));
        args.addAll(List.of("-t", seconds(duration)));
        args.addAll(format.extraArguments());
        return new DubbedVideoPlan(copy, pad, extend, duration, List.copyOf(args));
    }

    private static List<String> reencode(DubbedVideoFormat format, DubbedVideoQuality quality, Picture picture,
            double extendSeconds) {
        String filters = "scale=trunc(iw/2)*2:trunc(ih/2)*2"
                + (extendSeconds > 0 ? ",tpad=stop_mode=clone:stop_duration=" + seconds(extendSeconds) : "");
        return List.of("-c:v", format.videoEncoder(),
                "-b:v", Long.toString(quality.videoBitRate(picture.width(), picture.height())),
                "-pix_fmt", "yuv420p", "-vf", filters);
    }

    private static List<String> audio(DubbedVideoFormat format, DubbedVideoQuality quality, double padToSeconds) {
        List<String> args = new ArrayList<>(List.of("-c:a", format.audioEncoder(), "-b:a", quality.audioBitRate(),
                "-ar", AUDIO_RATE));
        if (padToSeconds > 0) {
            args.addAll(List.of("-af", "apad=whole_dur=" + seconds(padToSeconds)));
        }
        return args;
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
