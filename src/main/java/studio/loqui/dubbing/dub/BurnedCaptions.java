package studio.loqui.dubbing.dub;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobContext;
import studio.loqui.jobs.JobFrameProgress;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.media.MediaException;
import studio.loqui.media.asr.TranscriptSegments;
import studio.loqui.media.render.Caption;
import studio.loqui.media.render.CaptionBurner;
import studio.loqui.media.render.RenderCancelledException;
import studio.loqui.media.render.VideoLipSync;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A dub's picture with its target-language cues burned in ({@code burn_captions: true}), as a lossless work
 * file (FFV1 in RGB, FLAC) to be encoded once more with the final sound; progress over a span of the job's
 * percentages, the owner's cancel honoured between frames.
 */
@ApplicationScoped
public class BurnedCaptions {

    static final VideoLipSync.Encoding LOSSLESS = new VideoLipSync.Encoding(List.of("-c:v", "ffv1", "-level", "3",
            "-pix_fmt", "bgr0", "-g", "1", "-slices", "4"), List.of("-c:a", "flac"), "matroska", false);

    private final CaptionBurner burner;

    public BurnedCaptions(CaptionBurner burner) {
        this.burner = burner;
    }

    Path burned(JobContext context, Path video, Path audio, List<TranscriptSegments.Segment> cues, int fromPercent,
                int toPercent) {
        Path out = context.workFile("mkv");
        List<Caption> captions = cues.stream().map(c -> new Caption(c.start(), c.end(), c.text())).toList();
        try {
            burner.burn(video, audio, captions, LOSSLESS,
                    JobFrameProgress.of(context, fromPercent, toPercent, "Captioned frame"), out);
            return out;
        } catch (RenderCancelledException e) {
            context.checkpoint();
            throw new JobFailedException("Burning the captions stopped: " + e.getMessage(), e);
        } catch (MediaException | UncheckedIOException e) {
            throw new JobFailedException(e.getMessage(), e);
        }
    }
}
