import studio.loqui.lipsync.LipSyncQuality;
import studio.loqui.lipsync.LipSyncFormat;
import studio.loqui.media.face.FaceDetector;
import studio.loqui.media.face.LandmarkLocator;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.media.lipsync.LipSync;
import studio.loqui.media.lipsync.LipSyncModel;
import studio.loqui.media.render.AvatarLimits;
import studio.loqui.media.render.LipSyncResult;
import studio.loqui.media.render.ProgressListener;
import studio.loqui.media.render.VideoLipSync;
import studio.loqui.support.MovingFaceVideo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lip-sync of a 60 s 1280x720 25 fps video (the astronaut photo moving, 4 s of a face-less card in the middle)
 * to 60 s of other speech, written as MP4 at medium quality. Goal: at most 2x the video's length on 2 cores.
 * Run from the project root after a build:
 *   ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt && ./mvnw -B -q -o test-compile
 *   java -cp target/classes:target/test-classes:$(cat target/cp.txt) bench/LipSyncBenchmark.java [format] [gop]
 * format: mp4 (default), webm, mkv, or mp4-reencode (MP4 without copying the face-less groups of pictures);
 * gop: the source's key frame interval in frames (OpenH264's own when absent).
 */
public class LipSyncBenchmark {

    public static void main(String[] args) throws Exception {
        String formatName = args.length > 0 ? args[0] : "mp4";
        boolean reencode = formatName.equals("mp4-reencode");
        List<String> gop = args.length > 1 ? List.of("-g", args[1]) : List.of();
        Path testdata = Files.isDirectory(Path.of("../shared/testdata")) ? Path.of("../shared/testdata") : Path.of("/work/shared/testdata");
        FFmpegBinaries binaries = new FFmpegBinaries();
        Path ffmpeg = binaries.ffmpeg();
        Path voices = testdata.resolve("voices");
        Path original = speech(ffmpeg, voices.resolve("librivox-austen-0870.wav"), voices.resolve("librivox-austen-0890.wav"));
        Path other = speech(ffmpeg, voices.resolve("librivox-austen-0890.wav"), voices.resolve("librivox-austen-0870.wav"));
        MovingFaceVideo moving = new MovingFaceVideo(1280, 720, 25, 1500, 700, 800);
        long made = System.nanoTime();
        Path video = moving.write(ffmpeg, testdata.resolve("faces/astronaut.png"), original,
                Files.createTempFile("lipsync-bench-source", ".mp4"), gop);
        System.out.printf("source video made in %.1f s%n", (System.nanoTime() - made) / 1e9);
        VideoLipSync lipSync = new VideoLipSync(ffmpeg, binaries.ffprobe(), AvatarLimits.DEFAULTS, new FaceDetector(),
                new LandmarkLocator(), new LipSync(LipSyncModel.load(LipSyncModel.DEFAULT_DIRECTORY)));
        LipSyncFormat format = LipSyncFormat.parse(reencode ? "mp4" : formatName).orElseThrow();
        VideoLipSync.Encoding encoding = format.encoding(LipSyncQuality.MEDIUM, moving.width, moving.height);
        if (reencode) {
            encoding = new VideoLipSync.Encoding(encoding.picture(), encoding.sound(), encoding.container(), false);
        }
        Path out = Files.createTempFile("lipsync-bench", "." + format.extension());
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        long start = System.nanoTime();
        LipSyncResult result = lipSync.sync(video, other, encoding, ProgressListener.NONE, out);
        double seconds = (System.nanoTime() - start) / 1e9;
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();
        System.out.println("| video | format | frames (with face / passed through) | wall time | x video length | frames/s | load avg before / after |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        System.out.printf("| %.0f s %dx%d %d fps | %s | %d (%d / %d) | %.1f s | %.2f | %.1f | %s / %s |%n",
                result.durationSeconds(), moving.width, moving.height, moving.fps, formatName, result.frames(),
                result.framesWithFace(), result.framesPassedThrough(), seconds, seconds / result.durationSeconds(),
                result.frames() / seconds, loadBefore, loadAfter);
        System.out.println("picture: " + (result.pictureNote() == null ? "as encoded" : result.pictureNote()));
        Files.deleteIfExists(out);
        Files.deleteIfExists(video);
    }

    // 60 s of one reader: the two recordings in turn, with short pauses.
    private static Path speech(Path ffmpeg, Path first, Path second) throws Exception {
        Path out = Files.createTempFile("lipsync-bench-speech", ".wav");
        List<String> command = new ArrayList<>(List.of(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-y"));
        StringBuilder graph = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            command.addAll(List.of("-i", (i % 2 == 0 ? first : second).toString()));
            graph.append('[').append(i).append(']').append("apad=pad_dur=0.6[a").append(i).append("];");
        }
        for (int i = 0; i < 6; i++) {
            graph.append("[a").append(i).append(']');
        }
        graph.append("concat=n=6:v=0:a=1,apad=whole_dur=60");
        command.addAll(List.of("-filter_complex", graph.toString(), "-t", "60", "-ac", "1", "-ar", "16000", out.toString()));
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("ffmpeg could not make the speech");
        }
        return out;
    }
}
