import studio.loqui.media.MediaConfig;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.WavFiles;
import studio.loqui.media.dsp.Resampler;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.media.render.PictureRetimer;
import studio.loqui.media.stretch.RubberBandStretcher;
import studio.loqui.support.MovingFaceVideo;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code slow_picture} adds to a dub: a 60 s 1280x720 25 fps video (the astronaut photo moving) with three
 * stretches slowed (2 s by 1.6x, 1.5 s by 2x, 3 s by 1.3x: 3.6 s added) retimed into the lossless work file the
 * dub encodes once more (FFV1), and the same stretches of a 32 kHz background time-stretched by Rubber Band (one
 * channel; a stereo source does it twice, and the dub stretches the original sound as well as its background).
 * Run from the project root after a build:
 *   ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 *   ./mvnw -B -q -o test-compile
 *   java -cp target/classes:target/test-classes:$(cat target/cp.txt) bench/SlowPictureBenchmark.java
 */
public class SlowPictureBenchmark {

    private static final List<PictureRetimer.Slowed> SLOWED = List.of(new PictureRetimer.Slowed(10, 12, 1.6),
            new PictureRetimer.Slowed(30, 31.5, 2), new PictureRetimer.Slowed(45, 48, 1.3));

    public static void main(String[] args) throws Exception {
        Path testdata = Files.isDirectory(Path.of("../shared/testdata")) ? Path.of("../shared/testdata")
                : Path.of("/work/shared/testdata");
        FFmpegBinaries binaries = new FFmpegBinaries();
        AudioDecoder decoder = new AudioDecoder(binaries);
        PcmAudio minute = minute(decoder, testdata.resolve("voices/librivox-austen-0870.wav"));
        Path sound = Files.createTempFile("slow-bench-speech", ".wav");
        Files.write(sound, WavFiles.encode(minute));
        MovingFaceVideo moving = new MovingFaceVideo(1280, 720, 25, 1500, 700, 800);
        Path video = moving.write(binaries.ffmpeg(), testdata.resolve("faces/astronaut.png"), sound,
                Files.createTempFile("slow-bench-source", ".mp4"));
        double added = SLOWED.stream().mapToDouble(s -> (s.factor() - 1) * (s.toSeconds() - s.fromSeconds())).sum();
        MediaConfig config = (MediaConfig) Proxy.newProxyInstance(MediaConfig.class.getClassLoader(),
                new Class<?>[]{MediaConfig.class}, (proxy, method, a) -> 600L);
        PictureRetimer retimer = new PictureRetimer(binaries, config);
        Path out = Files.createTempFile("slow-bench", ".mkv");
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        long start = System.nanoTime();
        retimer.retime(video, SLOWED, 60 + added, new PictureRetimer.Encoding(List.of("-c:v", "ffv1", "-level", "3",
                "-g", "1", "-slices", "4"), "matroska"), out, done -> { }, () -> false);
        double picture = (System.nanoTime() - start) / 1e9;
        PcmAudio background = Resampler.toRate(minute, 32000);
        RubberBandStretcher stretcher = new RubberBandStretcher(decoder);
        start = System.nanoTime();
        double stretched = 0;
        for (PictureRetimer.Slowed s : SLOWED) {
            stretched += stretcher.changeTempo(background.slice(s.fromSeconds(), s.toSeconds()), 1 / s.factor())
                    .durationSeconds();
        }
        double sounds = (System.nanoTime() - start) / 1e9;
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();
        System.out.println("| step | input | output | wall time | x video length | load avg before / after |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        System.out.printf("| picture retimed (setpts, fps, FFV1) | 60 s %dx%d %d fps | %.1f s | %.1f s | %.3f | %s / %s |%n",
                moving.width, moving.height, moving.fps, 60 + added, picture, picture / 60, loadBefore, loadAfter);
        System.out.printf("| background stretched (Rubber Band, 1 channel) | 6.5 s of 32 kHz | %.2f s | %.2f s | %.3f | |%n",
                stretched, sounds, sounds / 60);
        Files.deleteIfExists(out);
        Files.deleteIfExists(video);
        Files.deleteIfExists(sound);
    }

    /** 60 s of the reader: his recording over and over. */
    private static PcmAudio minute(AudioDecoder decoder, Path recording) throws Exception {
        float[] once = decoder.decode(recording, 16000).samples();
        float[] sound = new float[60 * 16000];
        for (int at = 0; at < sound.length; at += once.length) {
            System.arraycopy(once, 0, sound, at, Math.min(once.length, sound.length - at));
        }
        return new PcmAudio(sound, 16000);
    }
}
