package studio.loqui.media.render;

import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.face.FaceAnalysis;
import studio.loqui.media.face.FaceAnalyzer;
import studio.loqui.media.face.Portrait;
import studio.loqui.media.face.PortraitLoader;
import studio.loqui.media.lipsync.LipSync;
import studio.loqui.media.lipsync.MouthShape;
import studio.loqui.media.tts.SpeechTiming;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;

/**
 * Makes a talking-avatar video from one portrait and one speech recording: finds the face, reads the
 * mouth shapes the speech calls for, paints every frame and encodes it with the speech as an MP4.
 * Bad input fails early with a 400-mapped exception; the call runs on the caller's (job) thread.
 */
public class AvatarRenderer {

    public static final Set<Integer> RESOLUTIONS = Set.of(256, 512, 1024);
    public static final int MIN_FPS = 10;
    public static final int MAX_FPS = 60;
    private static final long IDLE_SEED = 4;

    private final PortraitLoader portraits;
    private final FaceAnalyzer faces;
    private final AvatarSpeech speech;
    private final LipSync lipSync;
    private final VideoEncoder encoder;

    public AvatarRenderer(Path ffmpeg, AvatarLimits limits, FaceAnalyzer faces, LipSync lipSync) {
        this.portraits = new PortraitLoader(limits.maxImagePixels());
        this.faces = faces;
        this.speech = new AvatarSpeech(ffmpeg, limits.maxAudioSeconds());
        this.lipSync = lipSync;
        this.encoder = new VideoEncoder(ffmpeg);
    }

    /**
     * Renders {@code outMp4} at {@code fps} frames a second and {@code resolution} pixels square.
     * The file appears only when complete.
     *
     * @throws studio.loqui.media.face.ImageRejectedException for a bad, oversized or faceless image
     * @throws AudioRejectedException for undecodable, empty or over-long audio
     * @throws RenderCancelledException when the listener cancels or the thread is interrupted
     */
    public RenderResult render(Path image, Path audio, int fps, int resolution, ProgressListener listener, Path outMp4) {
        return render(image, audio, List.of(), fps, resolution, listener, outMp4);
    }

    /**
     * As {@link #render(Path, Path, int, int, ProgressListener, Path)}, with the mouth shaped by the
     * speech's timed {@code phones} (as the synthesiser reports them) where there are any, the network
     * setting only how wide it opens.
     */
    public RenderResult render(Path image, Path audio, List<SpeechTiming> phones, int fps, int resolution,
                               ProgressListener listener, Path outMp4) {
        checkSettings(fps, resolution);
        Portrait portrait = portraits.load(image);
        FaceAnalysis face = faces.analyze(portrait);
        PcmAudio voice = speech.decode(audio);
        int frames = Math.max(1, (int) Math.round(voice.durationSeconds() * fps));
        MouthPose[] mouth = mouthTrack(voice, phones, fps, frames);
        AvatarScene scene = AvatarScene.of(portrait, face, resolution);
        AvatarAnimation animation = new AvatarAnimation(scene, mouth, fps, IDLE_SEED);
        encodeInPlace(animation, scene.resolution(), fps, audio, outMp4, listener);
        return new RenderResult((double) frames / fps, frames);
    }

    private MouthPose[] mouthTrack(PcmAudio voice, List<SpeechTiming> phones, int fps, int frames) {
        MouthShape[] shapes = lipSync.shapes(voice.samples(), fps, frames);
        if (!phones.isEmpty()) {
            return VisemeTrack.of(phones, shapes, fps, frames);
        }
        MouthPose[] mouth = new MouthPose[frames];
        for (int f = 0; f < frames; f++) {
            mouth[f] = MouthPose.of(shapes[f]);
        }
        return mouth;
    }

    private void encodeInPlace(AvatarAnimation animation, int side, int fps, Path audio, Path outMp4,
                               ProgressListener listener) {
        Path partial = outMp4.resolveSibling(outMp4.getFileName() + ".part");
        try {
            encoder.encode(side, fps, animation.frameCount(), audio, partial, animation::frame, listener);
            Files.move(partial, outMp4, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Avatar video could not be encoded", e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private static void checkSettings(int fps, int resolution) {
        if (fps < MIN_FPS || fps > MAX_FPS) {
            throw new IllegalArgumentException("output_fps must be between " + MIN_FPS + " and " + MAX_FPS);
        }
        if (!RESOLUTIONS.contains(resolution)) {
            throw new IllegalArgumentException("output_resolution must be 256, 512 or 1024");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover partial file is harmless; its name never collides with a finished one.
        }
    }
}
