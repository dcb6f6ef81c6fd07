import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.face.FaceAnalyzer;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.media.lipsync.LipSync;
import studio.loqui.media.lipsync.LipSyncModel;
import studio.loqui.media.render.AvatarLimits;
import studio.loqui.media.render.AvatarRenderer;
import studio.loqui.media.render.ProgressListener;
import studio.loqui.media.render.RenderResult;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Render-and-encode throughput of the avatar engine at 256, 512 and 1024 px, 25 fps, on 20 s of speech.
 * Run from the project root after a build:
 *   mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt && mvn -q -o compile
 *   java -cp target/classes:$(cat target/cp.txt) bench/AvatarBenchmark.java [runs]
 * "whole call" times AvatarRenderer.render from start to finished MP4 (image and audio decoding, face
 * analysis, lip-sync network, painting, encoding); "frames" times from the first frame handed to the
 * encoder until the MP4 is complete, i.e. painting plus encoding alone.
 */
public class AvatarBenchmark {

    private static final int FPS = 25;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path testdata = Files.isDirectory(Path.of("../shared/testdata")) ? Path.of("../shared/testdata") : Path.of("/work/shared/testdata");
        Path ffmpeg = new FFmpegBinaries().ffmpeg();
        Path audio = twentySecondsOfSpeech(ffmpeg, testdata.resolve("voices"));
        Path image = testdata.resolve("faces/astronaut.png");
        AvatarRenderer renderer = new AvatarRenderer(ffmpeg, AvatarLimits.DEFAULTS, new FaceAnalyzer(),
                new LipSync(LipSyncModel.load(LipSyncModel.DEFAULT_DIRECTORY)));
        Path out = Files.createTempFile("avatar-bench", ".mp4");
        renderer.render(image, audio, FPS, 256, ProgressListener.NONE, out);
        System.out.println("| resolution | frames | whole call (fps) | frames phase (fps) | x real time |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (int side : new int[] {256, 512, 1024}) {
            double bestWhole = 0;
            double bestFrames = 0;
            int frames = 0;
            for (int run = 0; run < runs; run++) {
                long[] firstFrame = {0};
                ProgressListener clock = (done, total) -> {
                    if (done == 1) {
                        firstFrame[0] = System.nanoTime();
                    }
                };
                long start = System.nanoTime();
                RenderResult result = renderer.render(image, audio, FPS, side, clock, out);
                long end = System.nanoTime();
                frames = result.framesGenerated();
                bestWhole = Math.max(bestWhole, frames / ((end - start) / 1e9));
                bestFrames = Math.max(bestFrames, (frames - 1) / ((end - firstFrame[0]) / 1e9));
            }
            System.out.printf("| %d | %d | %.0f | %.0f | %.1f |%n", side, frames, bestWhole, bestFrames, bestWhole / FPS);
        }
        Files.deleteIfExists(out);
        Files.deleteIfExists(audio);
    }

    private static Path twentySecondsOfSpeech(Path ffmpeg, Path voices) throws Exception {
        AudioDecoder decoder = new AudioDecoder(ffmpeg);
        PcmAudio a = decoder.decode(voices.resolve("librivox-austen-0870.wav"), 16000);
        PcmAudio b = decoder.decode(voices.resolve("librivox-austen-0890.wav"), 16000);
        int target = 20 * 16000;
        ByteBuffer data = ByteBuffer.allocate(44 + target * 2).order(ByteOrder.LITTLE_ENDIAN);
        data.put("RIFF".getBytes()).putInt(36 + target * 2).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(16000).putInt(32000).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes()).putInt(target * 2);
        for (int i = 0; i < target; i++) {
            int cycle = a.samples().length + b.samples().length;
            int at = i % cycle;
            float s = at < a.samples().length ? a.samples()[at] : b.samples()[at - a.samples().length];
            data.putShort((short) Math.round(s * 32767));
        }
        Path file = Files.createTempFile("avatar-bench", ".wav");
        Files.write(file, data.array());
        return file;
    }
}
