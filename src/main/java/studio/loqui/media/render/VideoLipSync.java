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
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lip-syncs a video to new speech: FFmpeg decodes the picture into a pipe frame by frame, every frame's
 * face is tracked ({@link FaceTracker}) and its mouth posed for the speech at that moment
 * ({@link FrameMouth}, the avatar's mesh warp and mouth shapes from the lip-sync network), and the frames
 * go down a second pipe to FFmpeg, which encodes them with the new speech as the only sound. Frames
 * without a face go through as decoded. Only one frame is held at a time, however long the video.
 * <p>
 * When the encoding asks for it (MP4) and the source's H.264 allows it ({@link SourceGops}), the picture is
 * encoded alone with a key frame wherever a source group of pictures starts, the groups in which no frame
 * showed a face are swapped for the source's own packets ({@link GopSplice}), and the joined stream is muxed
 * with the new sound; otherwise every frame is re-encoded, and the result's note says why.
 */
public class VideoLipSync {

    /**
     * How the result is encoded: FFmpeg output arguments for the picture and for the sound (and container),
     * the container, and whether an H.264 source's groups of pictures without a face are copied as coded.
     */
    public record Encoding(List<String> picture, List<String> sound, String container, boolean copiesFacelessGroups) {
        public Encoding {
            picture = List.copyOf(picture);
            sound = List.copyOf(sound);
        }

        public List<String> arguments() {
            return Stream.concat(picture.stream(), sound.stream()).toList();
        }
    }

    /** What the frames showed: how many, and which had a face. */
    private record Tracked(int frames, int withFace, boolean[] face) {
    }

    private final Path ffmpeg;
    private final AvatarSpeech speech;
    private final LipSync lipSync;
    private static final String REENCODED = "every frame re-encoded: ";

    private final Path ffprobe;
    private final VideoFrames probe;
    private final H264Remux remux;
    private final FaceDetector detector;
    private final LandmarkLocator locator;

    public VideoLipSync(Path ffmpeg, Path ffprobe, AvatarLimits limits, FaceDetector detector, LandmarkLocator locator,
                        LipSync lipSync) {
        this.ffmpeg = ffmpeg;
        this.speech = new AvatarSpeech(ffmpeg, limits.maxAudioSeconds());
        this.lipSync = lipSync;
        this.ffprobe = ffprobe;
        this.probe = new VideoFrames(ffprobe);
        this.remux = new H264Remux(ffmpeg);
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
            Lips lips = new Lips(shapes, expected, listener);
            LipSyncResult result = encoding.copiesFacelessGroups()
                    ? copyingGroups(video, audio, stream, lips, encoding, partial)
                    : reencoded(video, audio, stream, lips, encoding, partial, null);
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("The lip-synced video could not be encoded: " + e.getMessage(), e);
        } finally {
            delete(partial);
        }
    }

    /** The mouth shapes for the speech, how many frames are expected and whom to tell of progress. */
    private record Lips(MouthShape[] shapes, int expected, ProgressListener listener) {
    }

    private LipSyncResult reencoded(Path video, Path audio, VideoFrames.Stream stream, Lips lips, Encoding encoding,
                                    Path partial, String reason) throws IOException {
        Tracked tracked = track(video, stream, lips, FramePipes.withSound(ffmpeg, audio, stream, encoding, partial),
                partial);
        return result(tracked, stream, reason == null ? null : REENCODED + reason);
    }

    private LipSyncResult copyingGroups(Path video, Path audio, VideoFrames.Stream stream, Lips lips,
                                        Encoding encoding, Path partial) throws IOException {
        SourceGops.Probe gops = SourceGops.probe(ffprobe, video, limit(stream));
        if (gops.gops() == null) {
            return reencoded(video, audio, stream, lips, encoding, partial, gops.refusal());
        }
        Path encoded = partial.resolveSibling(partial.getFileName() + ".encoded.h264");
        Path source = partial.resolveSibling(partial.getFileName() + ".source.h264");
        Path spliced = partial.resolveSibling(partial.getFileName() + ".spliced.h264");
        try {
            Tracked tracked = track(video, stream, lips, FramePipes.pictureOnly(ffmpeg, stream, encoding.picture(),
                    gops.gops().keyFrameTimes(stream.fps()), encoded), partial);
            String note;
            Path picture = spliced;
            try {
                remux.annexB(video, source, limit(stream));
                GopSplice.Outcome outcome = GopSplice.splice(source, encoded, gops.gops(), tracked.face(), spliced);
                note = copiedNote(outcome);
            } catch (IOException e) {
                picture = encoded;
                note = REENCODED + e.getMessage();
            }
            remux.mux(picture, stream, audio, FramePipes.padding(stream), encoding.sound(), encoding.container(),
                    partial, limit(stream));
            return result(tracked, stream, note);
        } finally {
            delete(encoded);
            delete(source);
            delete(spliced);
        }
    }

    private Tracked track(Path video, VideoFrames.Stream stream, Lips lips, List<String> encodeCommand, Path partial)
            throws IOException {
        FaceTracker tracker = new FaceTracker(detector, locator);
        int width = stream.width();
        int height = stream.height();
        byte[] frame = new byte[width * height * 3];
        boolean[] face = new boolean[Math.max(16, lips.expected() + 1)];
        int frames = 0;
        int withFace = 0;
        try (FramePipes pipes = FramePipes.open(ffmpeg, video, stream, encodeCommand, partial)) {
            while (pipes.read(frame)) {
                if (lips.listener().cancelled() || Thread.currentThread().isInterrupted()) {
                    throw new RenderCancelledException(frames);
                }
                Optional<FaceLandmarks> found = tracker.next(new Portrait(width, height, frame));
                if (found.isPresent()) {
                    MouthShape shape = frames < lips.shapes().length ? lips.shapes()[frames] : MouthShape.CLOSED;
                    FrameMouth.paint(frame, width, height, found.get(), FrameMouth.pose(shape));
                    withFace++;
                }
                if (frames == face.length) {
                    face = Arrays.copyOf(face, face.length * 2);
                }
                face[frames] = found.isPresent();
                pipes.write(frame);
                frames++;
                lips.listener().framesDone(frames, Math.max(frames, lips.expected()));
            }
            pipes.finish();
        }
        if (frames == 0) {
            throw new VideoRejectedException("The video has no picture frames that can be decoded");
        }
        return new Tracked(frames, withFace, Arrays.copyOf(face, frames));
    }

    private static LipSyncResult result(Tracked tracked, VideoFrames.Stream stream, String pictureNote) {
        return new LipSyncResult(tracked.frames() / stream.fps(), tracked.frames(), tracked.withFace(),
                tracked.frames() - tracked.withFace(), pictureNote);
    }

    private static String copiedNote(GopSplice.Outcome outcome) {
        if (outcome.copiedGroups() == 0) {
            return REENCODED + "each of the source's " + outcome.groups() + " groups of pictures shows a face";
        }
        return outcome.copiedFrames() + " face-less frames (" + outcome.copiedGroups() + " of " + outcome.groups()
                + " groups of pictures) copied from the source as coded, the other frames re-encoded";
    }

    private static Duration limit(VideoFrames.Stream stream) {
        return Duration.ofSeconds(120 + (long) Math.ceil(stream.durationSeconds() * 2));
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover work file never collides with a finished one.
        }
    }
}
