package studio.loqui.media.render;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.MediaConfig;
import studio.loqui.media.MediaEngine;
import studio.loqui.media.face.FaceAnalyzer;
import studio.loqui.media.face.LandmarkLocator;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.media.lipsync.LipSync;
import studio.loqui.media.lipsync.LipSyncModel;
import studio.loqui.media.tts.SpeechTiming;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The talking-avatar engine as a bean: builds one {@link AvatarRenderer} on first use (loading the
 * landmark model and lip-sync weights takes a few seconds) and reports in health whether it can run.
 * {@link #render} is safe to call from several job threads at once.
 */
@ApplicationScoped
public class AvatarEngine implements MediaEngine {

    private final FFmpegBinaries ffmpeg;
    private final AvatarLimits limits;
    private final Path weights;
    private volatile AvatarRenderer renderer;

    public AvatarEngine(FFmpegBinaries ffmpeg, MediaConfig config) {
        this.ffmpeg = ffmpeg;
        this.limits = new AvatarLimits(config.maxImagePixels(), config.maxDurationSeconds());
        this.weights = LipSyncWeights.folder(config);
    }

    @Override
    public String name() {
        return "avatar";
    }

    @Override
    public boolean available() {
        return ffmpeg.available() && Files.isDirectory(weights);
    }

    @Override
    public String detail() {
        if (!ffmpeg.available()) {
            return "needs FFmpeg: " + ffmpeg.detail();
        }
        if (!Files.isDirectory(weights)) {
            return "lip-sync weights missing in " + weights.toAbsolutePath() + " (see models/README.md)";
        }
        String landmarks = Files.isRegularFile(LandmarkLocator.DEBIAN_MODEL) ? "dlib 68-point model"
                : "face proportions (install libdlib-data for the landmark model)";
        return "landmarks: " + landmarks + "; lip-sync weights: " + weights;
    }

    /** See {@link AvatarRenderer#render}. */
    public RenderResult render(Path image, Path audio, int fps, int resolution, ProgressListener listener, Path outMp4) {
        return render(image, audio, List.of(), fps, resolution, listener, outMp4);
    }

    /** See {@link AvatarRenderer#render(Path, Path, List, int, int, ProgressListener, Path)}. */
    public RenderResult render(Path image, Path audio, List<SpeechTiming> phones, int fps, int resolution,
                               ProgressListener listener, Path outMp4) {
        requireAvailable();
        return renderer().render(image, audio, phones, fps, resolution, listener, outMp4);
    }

    private AvatarRenderer renderer() {
        AvatarRenderer r = renderer;
        if (r == null) {
            synchronized (this) {
                if (renderer == null) {
                    renderer = new AvatarRenderer(ffmpeg.ffmpeg(), limits, new FaceAnalyzer(),
                            new LipSync(LipSyncModel.load(weights)));
                }
                r = renderer;
            }
        }
        return r;
    }
}
