package studio.loqui.support;

import org.bytedeco.javacpp.Loader;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the bundled ffmpeg to synthesise test media. */
public final class FFmpegTool {

    private FFmpegTool() {
    }

    public static Path run(String suffix, String... args) {
        try {
            File dir = Loader.cacheResource(org.bytedeco.ffmpeg.ffmpeg.class, Loader.getPlatform());
            dir.toPath().resolve("ffmpeg").toFile().setExecutable(true);
            Path out = Files.createTempFile("loqui-test", suffix);
            out.toFile().deleteOnExit();
            List<String> command = new ArrayList<>(List.of(dir.toPath().resolve("ffmpeg").toString(), "-y",
                    "-hide_banner", "-loglevel", "error"));
            command.addAll(List.of(args));
            command.add(out.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String log = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("ffmpeg failed: " + log);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An H.264/AAC MP4 of a coloured frame with the given speech as its sound. */
    public static Path videoWithSpeech(Path speech) {
        return run(".mp4", "-f", "lavfi", "-i", "color=c=teal:s=320x240:r=25" + pictureLength(speech), "-i",
                speech.toString(), "-shortest", "-c:v", "libopenh264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a",
                "64k");
    }

    /**
     * The colour source's own duration, as long as the sound: {@code -shortest} alone can leave the picture longer than
     * the sound when the encoder falls behind on a loaded machine, and a dub keeps the picture's length.
     */
    private static String pictureLength(Path speech) {
        try {
            javax.sound.sampled.AudioFileFormat format = javax.sound.sampled.AudioSystem.getAudioFileFormat(
                    speech.toFile());
            double seconds = format.getFrameLength() / (double) format.getFormat().getFrameRate();
            return seconds > 0 ? String.format(java.util.Locale.ROOT, ":d=%.3f", seconds) : "";
        } catch (javax.sound.sampled.UnsupportedAudioFileException | IOException e) {
            return "";
        }
    }
}
