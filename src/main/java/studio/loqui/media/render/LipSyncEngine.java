package studio.loqui.media.render;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.MediaConfig;
import studio.loqui.media.MediaEngine;
import studio.loqui.media.face.FaceDetector;
import studio.loqui.media.face.LandmarkLocator;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.media.lipsync.LipSync;
import studio.loqui.media.lipsync.LipSyncModel;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Video lip-sync as a bean: builds one {@link VideoLipSync} on first use (the landmark model and the
 * lip-sync weights take a few seconds to load) and reports in health whether it can run.
 * {@link #sync} is safe to call from several job threads at once.
 */
@ApplicationScoped
public class LipSyncEngine implements MediaEngine {

    private final FFmpegBinaries ffmpeg;
    private final AvatarLimits limits;
    private final Path weights;
    private volatile VideoLipSync lipSync;

    public LipSyncEngine(FFmpegBinaries ffmpeg, MediaConfig config) {
        this.ffmpeg = ffmpeg;
        this.limits = new AvatarLimits(config.maxImagePixels(), config.maxDurationSeconds());
        this.weights = LipSyncWeights.folder(config);
    }

    @Override
    public String name() {
        return "lip-sync";
    }

    @Override
    public boolean available() {
        return ffmpeg.available() && Files.isDirectory(weights) && Files.isRegularFile(LandmarkLocator.DEBIAN_MODEL);
    }

    @Override
    public String detail() {
        if (!ffmpeg.available()) {
            return "needs FFmpeg: " + ffmpeg.detail();
        }
        if (!Files.isDirectory(weights)) {
            return "lip-sync weights missing in " + weights.toAbsolutePath() + " (see models/README.md)";
        }
        if (!Files.isRegularFile(LandmarkLocator.DEBIAN_MODEL)) {
            return "needs the dlib 68-point landmark model (install libdlib-data) to track faces in video";
        }
        return "face tracking: OpenCV cascade + dlib 68-point model; lip-sync weights: " + weights;
    }

    /** See {@link VideoLipSync#sync}. */
    public LipSyncResult sync(Path video, Path audio, VideoLipSync.Encoding encoding, ProgressListener listener,
                              Path out) {
        requireAvailable();
        return lipSync().sync(video, audio, encoding, listener, out);
    }

    private VideoLipSync lipSync() {
        VideoLipSync l = lipSync;
        if (l == null) {
            synchronized (this) {
                if (lipSync == null) {
                    lipSync = new VideoLipSync(ffmpeg.ffmpeg(), ffmpeg.ffprobe(), limits, new FaceDetector(),
                            new LandmarkLocator(), new LipSync(LipSyncModel.load(weights)));
                }
                l = lipSync;
            }
        }
        return l;
    }
}
