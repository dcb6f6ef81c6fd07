import studio.loqui.media.audio.WavFiles;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.media.ffmpeg.FrameEncoder;
import studio.loqui.media.music.MusicComposer;
import studio.loqui.media.picture.ScenePainter;
import studio.loqui.media.picture.Storyboard;
import studio.loqui.media.picture.StoryboardArtwork;
import studio.loqui.media.picture.StoryboardFrames;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Picture-and-encode time of a 30 s, 30 fps film of ten illustrated scenes at 720p and 1080p (issue 18's
 * target: at most 10 s and 25 s on 2 cores). Run from the project root after a build:
 *   mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt && mvn -q -o compile
 *   java -Djava.awt.headless=true -cp target/classes:$(cat target/cp.txt) bench/FilmBenchmark.java [runs]
 * "plan" is composing the ten scenes (MiniLM embeddings, model already loaded); "frames" is painting every
 * scene and frame and encoding them with the soundtrack into the MP4 (the render's picture phase).
 * Narration (TTS) is not timed here: it is the speech engine's benchmark. "CPU" is the processor time the frames
 * phase used, this JVM's and FFmpeg's (a finished child's, from /proc/self/stat): on a loaded machine the wall time
 * says more about the other processes than about this one, the CPU time does not.
 */
public class FilmBenchmark {

    private static final List<String> SCRIPT = List.of(
            "A beautiful sunrise over the mountains", "Birds fly across the morning sky",
            "Mia, a young girl, walks to the lake", "Her dog runs along the shore",
            "A small boat sails on the water", "Rain falls on the busy city street",
            "Mia drinks hot coffee in the kitchen", "At sunset the horse gallops along the beach",
            "The moon rises over the quiet forest", "Mia and her dog sleep under the stars");

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int fps = 30;
        double seconds = 30;
        Path ffmpeg = new FFmpegBinaries().ffmpeg();
        Path wav = Files.createTempFile("film-bench", ".wav");
        Files.write(wav, WavFiles.encode(new MusicComposer().compose(seconds, "cinematic", "calm")));
        Storyboard board = storyboard(seconds);
        ScenePainter painter = new ScenePainter();
        long load = System.nanoTime();
        new StoryboardArtwork(painter, board, 64, 36, i -> { });
        System.out.printf("first plan, loading MiniLM: %.2f s%n", (System.nanoTime() - load) / 1e9);
        System.out.println("| resolution | frames | plan (s) | frames phase (s) | x real time | CPU, JVM + FFmpeg (s) |"
                + " load average |");
        for (int[] size : new int[][] {{1280, 720, 2_500_000}, {1920, 1080, 6_000_000}}) {
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                StoryboardArtwork art = new StoryboardArtwork(painter, board, size[0], size[1], i -> { });
                long planned = System.nanoTime();
                double cpu = cpuSeconds();
                Path out = Files.createTempFile("film-bench", ".mp4");
                int frames = FrameEncoder.frameCount(seconds, fps);
                new FrameEncoder(ffmpeg).encode(new FrameEncoder.Format(size[0], size[1], fps, size[2], 44100), frames,
                        () -> new StoryboardFrames(art, fps)::draw, wav, out, (done, total) -> { });
                long end = System.nanoTime();
                System.out.printf("| %dx%d | %d | %.2f | %.2f | %.1f | %.1f | %s |%n", size[0], size[1], frames,
                        (planned - start) / 1e9, (end - planned) / 1e9, seconds / ((end - planned) / 1e9),
                        cpuSeconds() - cpu, Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
                Files.delete(out);
            }
        }
        Files.delete(wav);
    }

    /** User and system time of this process and of its children that have ended, from /proc/self/stat. */
    private static double cpuSeconds() throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = 0;
        for (int field = 11; field <= 14; field++) {
            ticks += Long.parseLong(fields[field]);
        }
        return ticks / 100.0;
    }

    private static Storyboard storyboard(double seconds) {
        List<Storyboard.Shot> shots = new ArrayList<>();
        List<Storyboard.Caption> captions = new ArrayList<>();
        double each = seconds / SCRIPT.size();
        for (int i = 0; i < SCRIPT.size(); i++) {
            shots.add(new Storyboard.Shot(SCRIPT.get(i), i * each, (i + 1) * each));
            captions.add(new Storyboard.Caption(SCRIPT.get(i), i * each, (i + 1) * each));
        }
        return new Storyboard(seconds, shots, captions);
    }
}
