package studio.loqui.dubbing.dub;

import studio.loqui.dubbing.DubbedVideoFormat;
import studio.loqui.dubbing.DubbedVideoQuality;

import studio.loqui.dubbing.DubbingFiles;
import studio.loqui.dubbing.DubbedVideoPlan;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobContext;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.media.ffmpeg.AudioTrackReplacer;
import studio.loqui.media.ffmpeg.FFmpegRun;
import studio.loqui.media.inspect.MediaInfo;
import studio.loqui.media.inspect.MediaInspector;
import studio.loqui.media.inspect.MediaKind;
import studio.loqui.storage.Asset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * A video with its sound replaced, stored as a new file of the owner's: lengths and encoding follow
 * {@link DubbedVideoPlan}. Shared by generate-video (the caller's audio) and dub (the translated speech).
 */
@ApplicationScoped
public class SoundtrackSwap {

    private final AudioTrackReplacer replacer;
    private final MediaInspector inspector;
    private final DubbingFiles files;

    public SoundtrackSwap(AudioTrackReplacer replacer, MediaInspector inspector, DubbingFiles files) {
        this.replacer = replacer;
        this.inspector = inspector;
        this.files = files;
    }

    /** The stored video and the plan that made it. */
    public record Swapped(Asset video, DubbedVideoPlan plan) {
    }

    /**
     * A soft subtitle track for the video: an SRT file and the language it is in (a BCP 47 tag, written as the
     * ISO 639-2 code players show).
     */
    public record Subtitles(Path srt, String language) {

        List<String> arguments(DubbedVideoFormat format) {
            String code = Locale.forLanguageTag(language).getISO3Language();
            return List.of("-c:s", format.subtitleEncoder(), "-metadata:s:s:0", "language=" + code);
        }
    }

    /** Reports progress from {@code fromPercent} to {@code toPercent} while FFmpeg runs. */
    public Swapped swap(JobContext context, DubbingFiles.Source video, Path audio, double audioSeconds,
                        DubbedVideoFormat format, DubbedVideoQuality quality, String name,
                        int fromPercent, int toPercent) {
        return swap(context, video, audio, audioSeconds, null, format, quality, name, fromPercent, toPercent);
    }

    /** As the other, with {@code subtitles} (or null) as the video's soft subtitle track. */
    public Swapped swap(JobContext context, DubbingFiles.Source video, Path audio, double audioSeconds,
                        Subtitles subtitles, DubbedVideoFormat format, DubbedVideoQuality quality, String name,
                        int fromPercent, int toPercent) {
        DubbedVideoPlan plan = DubbedVideoPlan.of(format, quality, picture(video), audioSeconds);
        Path out = context.workFile(format.extension());
        double totalMillis = Math.max(1, plan.durationSeconds() * 1000);
        List<String> arguments = new ArrayList<>(plan.arguments());
        if (subtitles != null) {
            arguments.addAll(subtitles.arguments(format));
        }
        try {
            replacer.replace(new AudioTrackReplacer.Replacement(video.path(), audio,
                            subtitles == null ? null : subtitles.srt(), out, arguments),
                    doneMillis -> context.progress((int) (fromPercent + doneMillis / totalMillis * (toPercent - fromPercent)), null),
                    context::cancelRequested);
        } catch (FFmpegRun.FFmpegRunException e) {
            context.checkpoint();
            throw new JobFailedException(e.getMessage(), e);
        }
        context.progress(toPercent, "Storing the video");
        return new Swapped(files.storeVideo(context.ownerId(), out, name, video.projectName()), plan);
    }

    private DubbedVideoPlan.Picture picture(DubbingFiles.Source video) {
        MediaInfo info = inspector.inspect(video.path(), EnumSet.of(MediaKind.VIDEO));
        return new DubbedVideoPlan.Picture(info.codec(), info.width(), info.height(), info.durationSeconds());
    }
}
