package studio.loqui.dubbing.dub;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobContext;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.media.MediaException;
import studio.loqui.media.ffmpeg.FFmpegRun;
import studio.loqui.media.render.PictureRetimer;

import java.nio.file.Path;
import java.util.List;

/**
 * A dub's picture slowed where its {@link PictureTimeline} says, as a lossless work file (FFV1) to be lip-synced,
 * captioned or encoded once more with the final sound; progress over a span of the job's percentages.
 */
@ApplicationScoped
public class SlowedPicture {

    private static final PictureRetimer.Encoding LOSSLESS = new PictureRetimer.Encoding(
            List.of("-c:v", "ffv1", "-level", "3", "-g", "1", "-slices", "4"), "matroska");

    private final PictureRetimer retimer;

    public SlowedPicture(PictureRetimer retimer) {
        this.retimer = retimer;
    }

    Path slowed(JobContext context, Path video, PictureTimeline timeline, double originalSeconds, int fromPercent,
                int toPercent) {
        Path out = context.workFile("mkv");
        double seconds = timeline.map(originalSeconds);
        double totalMillis = Math.max(1, seconds * 1000);
        try {
            retimer.retime(video, timeline.slowed(), seconds, LOSSLESS, out,
                    done -> context.progress((int) (fromPercent + done / totalMillis * (toPercent - fromPercent)),
                            "Slowing the picture"), context::cancelRequested);
            return out;
        } catch (FFmpegRun.FFmpegRunException e) {
            context.checkpoint();
            throw new JobFailedException(e.getMessage(), e);
        } catch (MediaException e) {
            throw new JobFailedException(e.getMessage(), e);
        }
    }
}
