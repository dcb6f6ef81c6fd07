package studio.loqui.media.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Burns captions into a video: FFmpeg decodes the picture into a pipe frame by frame, the caption shown at
 * each frame's time ({@code index / fps}) is blended in ({@link CaptionPainter}, drawn once per caption), and the
 * frames go down a second pipe to FFmpeg, which encodes them with {@code audio} as the sound. Frames with no
 * caption go through as decoded. Only one frame is held at a time, however long the video.
 */
public class VideoCaptions {

    private final Path ffmpeg;
    private final VideoFrames probe;

    public VideoCaptions(Path ffmpeg, Path ffprobe) {
        this.ffmpeg = ffmpeg;
        this.probe = new VideoFrames(ffprobe);
    }

    /**
     * Writes {@code out} (only once complete).
     *
     * @throws VideoRejectedException when the video has no decodable picture
     * @throws RenderCancelledException when the listener cancels or the thread is interrupted
     */
    public CaptionResult burn(Path video, Path audio, List<Caption> captions, VideoLipSync.Encoding encoding,
                              ProgressListener listener, Path out) {
        VideoFrames.Stream stream = probe.stream(video);
        Path partial = out.resolveSibling(out.getFileName() + ".part");
        try {
            CaptionResult result = run(video, audio, stream, captions, encoding, listener, partial);
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("The captioned video could not be encoded: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // A leftover partial file never collides with a finished one.
            }
        }
    }

    private CaptionResult run(Path video, Path audio, VideoFrames.Stream stream, List<Caption> captions,
                              VideoLipSync.Encoding encoding, ProgressListener listener, Path partial)
            throws IOException {
        int width = stream.width();
        int height = stream.height();
        int expected = Math.max(1, (int) Math.round(stream.durationSeconds() * stream.fps()));
        CaptionOverlay[] overlays = new CaptionOverlay[captions.size()];
        byte[] frame = new byte[width * height * 3];
        int frames = 0;
        int captioned = 0;
        try (FramePipes pipes = FramePipes.open(ffmpeg, video, stream,
                FramePipes.withSound(ffmpeg, audio, stream, encoding, partial), partial)) {
            while (pipes.read(frame)) {
                if (listener.cancelled() || Thread.currentThread().isInterrupted()) {
                    throw new RenderCancelledException(frames);
                }
                int shown = shownAt(captions, frames / stream.fps());
                if (shown >= 0) {
                    if (overlays[shown] == null) {
                        overlays[shown] = new CaptionOverlay(CaptionPainter.draw(captions.get(shown).text(), width, height));
                    }
                    overlays[shown].blend(frame, width, height);
                    captioned++;
                }
                pipes.write(frame);
                frames++;
                listener.framesDone(frames, Math.max(frames, expected));
            }
            pipes.finish();
        }
        if (frames == 0) {
            throw new VideoRejectedException("The video has no picture frames that can be decoded");
        }
        return new CaptionResult(frames, captioned, stream.fps());
    }

    /** The caption shown at {@code seconds} (the first, when cues overlap), or -1. */
    private static int shownAt(List<Caption> captions, double seconds) {
        for (int i = 0; i < captions.size(); i++) {
            if (captions.get(i).shownAt(seconds) && !captions.get(i).text().isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
