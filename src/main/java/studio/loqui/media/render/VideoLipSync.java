package studio.loqui.media.render;

import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.face.FaceDetector;
import studio.loqui.media.face.FaceLandmarks;
import studio.loqui.media.face.FaceTracker;
import studio.loqui.media.face.LandmarkLocator;
import studio.loqui.media.face.Portrait;
import studio.loqui.media.lipsync.LipSync;
import studio.loqui.media.lipsync.MouthShape;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Lip-syncs a video to new speech: FFmpeg decodes the picture into a pipe frame by frame, every frame's
 * face is tracked ({@link FaceTracker}) and its mouth posed for the speech at that moment
 * ({@link FrameMouth}, the avatar's mesh warp and mouth shapes from the lip-sync network), and the frames
 * go down a second pipe to FFmpeg, which encodes them with the new speech as the only sound. Frames
 * without a face go through as decoded. Only one frame is held at a time, however long the video.
 */
public class VideoLipSync {

    /** How the result is encoded: FFmpeg output arguments for picture and sound, and the container. */
    public record Encoding(List<String> arguments, String container) {
    }

    private final Path ffmpeg;
    private final AvatarSpeech speech;
    private final LipSync lipSync;
    private final VideoFrames probe;
    private final FaceDetector detector;
    private final LandmarkLocator locator;

    public VideoLipSync(Path ffmpeg, Path ffprobe, AvatarLimits limits, FaceDetector detector, LandmarkLocator locator,
                        LipSync lipSync) {
        this.ffmpeg = ffmpeg;
        this.speech = new AvatarSpeech(ffmpeg, limits.maxAudioSeconds());
        this.lipSync = lipSync;
        this.probe = new VideoFrames(ffprobe);
        this.detector = detector;
        this.locator = locator;
    }

    /**
     * Writes {@code out} (only once complete): the picture of {@code video}, mouths synced to {@code audio},
     * which replaces the sound (cut or padded with silence to the picture's length).
     *
     * @throws VideoRejectedException when the video has no decodable picture
     * @throws AudioRejectedException for undecodable, empty or over-long audio
     * @throws RenderCancelledException when the listener cancels or the thread is interrupted
     */
    public LipSyncResult sync(Path video, Path audio, Encoding encoding, ProgressListener listener, Path out) {
        VideoFrames.Stream stream = probe.stream(video);
        PcmAudio voice = speech.decode(audio);
        int expected = Math.max(1, (int) Math.round(stream.durationSeconds() * stream.fps()));
        int spoken = (int) Math.ceil(voice.durationSeconds() * stream.fps());
        MouthShape[] shapes = lipSync.shapes(voice.samples(), stream.fps(), Math.max(1, spoken));
        Path partial = out.resolveSibling(out.getFileName() + ".part");
        try {
            LipSyncResult result = run(video, audio, stream, shapes, expected, encoding, listener, partial);
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("The lip-synced video could not be encoded: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // A leftover partial file never collides with a finished one.
            }
        }
    }

    private LipSyncResult run(Path video, Path audio, VideoFrames.Stream stream, MouthShape[] shapes, int expected,
                              Encoding encoding, ProgressListener listener, Path partial) throws IOException {
        FaceTracker tracker = new FaceTracker(detector, locator);
        int width = stream.width();
        int height = stream.height();
        byte[] frame = new byte[width * height * 3];
        int frames = 0;
        int withFace = 0;
        try (FramePipes pipes = FramePipes.open(ffmpeg, video, audio, stream, encoding, partial)) {
            while (pipes.read(frame)) {
                if (listener.cancelled() || Thread.currentThread().isInterrupted()) {
                    throw new RenderCancelledException(frames);
                }
                Optional<FaceLandmarks> face = tracker.next(new Portrait(width, height, frame));
                if (face.isPresent()) {
                    MouthShape shape = frames < shapes.length ? shapes[frames] : MouthShape.CLOSED;
                    FrameMouth.paint(frame, width, height, face.get(), FrameMouth.pose(shape));
                    withFace++;
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
        return new LipSyncResult(frames / stream.fps(), frames, withFace, frames - withFace);
    }
}
