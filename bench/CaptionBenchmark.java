import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.WavFiles;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.media.render.Caption;
import studio.loqui.media.render.CaptionResult;
import studio.loqui.media.render.ProgressListener;
import studio.loqui.media.render.VideoCaptions;
import studio.loqui.media.render.VideoLipSync;
import studio.loqui.support.MovingFaceVideo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Burned-in captions on a 60 s 1280x720 25 fps video (the astronaut photo moving) with 20 Spanish captions of
 * 2.5 s each (0.5 s apart), written as the dub writes it before its final encode: lossless MKV (FFV1 in RGB,
 * FLAC). Run from the project root after a build:
 *   ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 *   ./mvnw -B -q -o test-compile
 *   java -cp target/classes:target/test-classes:$(cat target/cp.txt) bench/CaptionBenchmark.java
 */
public class CaptionBenchmark {

    private static final String[] LINES = {
        "Y el señor John Dashwood tuvo entonces ocio para considerar",
        "cuánto podría haber prudentemente en su poder hacer por ellas",
        "A no ser que ser bastante frío y bastante egoísta sea estar mal dispuesto",
        "La casa es roja y el jardín es muy grande",
    };

    public static void main(String[] args) throws Exception {
        Path testdata = Files.isDirectory(Path.of("../shared/testdata")) ? Path.of("../shared/testdata")
                : Path.of("/work/shared/testdata");
        FFmpegBinaries binaries = new FFmpegBinaries();
        Path sound = minute(binaries, testdata.resolve("voices/librivox-austen-0870.wav"));
        MovingFaceVideo moving = new MovingFaceVideo(1280, 720, 25, 1500, 700, 800);
        Path video = moving.write(binaries.ffmpeg(), testdata.resolve("faces/astronaut.png"), sound,
                Files.createTempFile("caption-bench-source", ".mp4"));
        List<Caption> captions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            captions.add(new Caption(i * 3.0, i * 3.0 + 2.5, LINES[i % LINES.length]));
        }
        VideoLipSync.Encoding lossless = new VideoLipSync.Encoding(List.of("-c:v", "ffv1", "-level", "3",
                "-pix_fmt", "bgr0", "-g", "1", "-slices", "4"), List.of("-c:a", "flac"), "matroska", false);
        Path out = Files.createTempFile("caption-bench", ".mkv");
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        long start = System.nanoTime();
        CaptionResult result = new VideoCaptions(binaries.ffmpeg(), binaries.ffprobe())
                .burn(video, sound, captions, lossless, ProgressListener.NONE, out);
        double seconds = (System.nanoTime() - start) / 1e9;
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();
        System.out.println("| video | frames (captioned) | wall time | x video length | frames/s | load avg before / after |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        System.out.printf("| 60 s %dx%d %d fps | %d (%d) | %.1f s | %.2f | %.1f | %s / %s |%n", moving.width,
                moving.height, moving.fps, result.frames(), result.captionedFrames(), seconds,
                seconds / (result.frames() / result.fps()), result.frames() / seconds, loadBefore, loadAfter);
        Files.deleteIfExists(out);
        Files.deleteIfExists(video);
    }

    /** 60 s of the reader: his recording over and over. */
    private static Path minute(FFmpegBinaries binaries, Path recording) throws Exception {
        float[] once = new AudioDecoder(binaries).decode(recording, 16000).samples();
        float[] sound = new float[60 * 16000];
        for (int at = 0; at < sound.length; at += once.length) {
            System.arraycopy(once, 0, sound, at, Math.min(once.length, sound.length - at));
        }
        Path out = Files.createTempFile("caption-bench-speech", ".wav");
        Files.write(out, WavFiles.encode(new PcmAudio(sound, 16000)));
        return out;
    }
}
