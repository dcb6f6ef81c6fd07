package studio.loqui.media.render;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.EngineUnavailable;
import studio.loqui.media.ffmpeg.FFmpegBinaries;

import java.nio.file.Path;
import java.util.List;

/** Burned-in captions as a bean: {@link VideoCaptions} with the bundled FFmpeg; safe from several job threads. */
@ApplicationScoped
public class CaptionBurner {

    private final FFmpegBinaries ffmpeg;

    public CaptionBurner(FFmpegBinaries ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    /** See {@link VideoCaptions#burn}. */
    public CaptionResult burn(Path video, Path audio, List<Caption> captions, VideoLipSync.Encoding encoding,
                              ProgressListener listener, Path out) {
        if (!ffmpeg.available()) {
            throw new EngineUnavailable("caption", "needs FFmpeg: " + ffmpeg.detail());
        }
        return new VideoCaptions(ffmpeg.ffmpeg(), ffmpeg.ffprobe()).burn(video, audio, captions, encoding, listener, out);
    }
}
