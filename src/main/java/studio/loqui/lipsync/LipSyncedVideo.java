package studio.loqui.lipsync;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobContext;
import studio.loqui.jobs.JobFrameProgress;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.media.MediaException;
import studio.loqui.media.inspect.MediaInfo;
import studio.loqui.media.inspect.MediaInspector;
import studio.loqui.media.inspect.MediaKind;
import studio.loqui.media.render.LipSyncEngine;
import studio.loqui.media.render.LipSyncResult;
import studio.loqui.media.render.RenderCancelledException;
import studio.loqui.media.render.VideoLipSync;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;

/**
 * A video lip-synced to new speech as a work file of a job, with progress reported over a span of the
 * job's percentages and the owner's cancel honoured between frames. Used by the lip-sync job and by
 * dubbing with {@code lip_sync: true}.
 */
@ApplicationScoped
public class LipSyncedVideo {

    private final LipSyncEngine engine;
    private final MediaInspector inspector;

    public LipSyncedVideo(LipSyncEngine engine, MediaInspector inspector) {
        this.engine = engine;
        this.inspector = inspector;
    }

    /** The work file and what went into it. */
    public record Made(Path file, LipSyncResult result) {
    }

    public Made make(JobContext context, Path video, Path audio, LipSyncFormat format, LipSyncQuality quality,
                     int fromPercent, int toPercent) {
        MediaInfo picture = picture(video);
        Path out = context.workFile(format.extension());
        VideoLipSync.Encoding encoding = format.encoding(quality, picture.width(), picture.height());
        try {
            return new Made(out, engine.sync(video, audio, encoding,
                    JobFrameProgress.of(context, fromPercent, toPercent, "Lip-synced frame"), out));
        } catch (RenderCancelledException e) {
            context.checkpoint();
            throw new JobFailedException("The lip-sync stopped: " + e.getMessage(), e);
        } catch (MediaException | UncheckedIOException e) {
            throw new JobFailedException(e.getMessage(), e);
        }
    }

    /** For dubbing: the video lip-synced to {@code audio}, losslessly, to be encoded once more with its final sound. */
    public Path lipSynced(JobContext context, Path video, Path audio, int fromPercent, int toPercent) {
        return make(context, video, audio, LipSyncFormat.MKV, LipSyncQuality.HIGH, fromPercent, toPercent).file();
    }

    private MediaInfo picture(Path video) {
        try {
            MediaInfo info = inspector.inspect(video, EnumSet.of(MediaKind.VIDEO));
            if (info.width() == null || info.height() == null) {
                throw new JobFailedException("The video has no picture to lip-sync");
            }
            return info;
        } catch (RuntimeException e) {
            throw e instanceof JobFailedException failed ? failed
                    : new JobFailedException("The video cannot be read: " + e.getMessage(), e);
        }
    }
}
