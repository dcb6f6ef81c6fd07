package studio.loqui.media;

import studio.loqui.media.ffmpeg.FFmpegBinaries;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Shared test data and FFmpeg helpers for the media engine tests. */
public final class MediaTestFiles {

    private static final FFmpegBinaries FFMPEG = new FFmpegBinaries();

    private MediaTestFiles() {
    }

    public static Path testdata() {
        Path relative = Path.of("../shared/testdata");
        return Files.isDirectory(relative) ? relative : Path.of("/work/shared/testdata");
    }

    public static Path astronaut() {
        return testdata().resolve("faces/astronaut.png");
    }

    public static Path voice(String name) {
        return testdata().resolve("voices").resolve(name);
    }

    public static Path ffmpeg() {
        return FFMPEG.ffmpeg();
    }

    public static Path ffprobe() {
        return FFMPEG.ffprobe();
    }

    /** Runs a command and returns its standard output; fails on a non-zero exit. */
    public static byte[] run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out;
        try (InputStream in = process.getInputStream()) {
            out = in.readAllBytes();
        }
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("command failed: " + command);
        }
        return out;
    }

    /** Every frame of a video as RGB bytes at its own size. */
    public static List<byte[]> decodeRgbFrames(Path video, int side) throws IOException, InterruptedException {
        byte[] all = run(List.of(ffmpeg().toString(), "-v", "error", "-i", video.toString(),
                "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"));
        int size = side * side * 3;
        List<byte[]> frames = new ArrayList<>();
        for (int at = 0; at + size <= all.length; at += size) {
            frames.add(java.util.Arrays.copyOfRange(all, at, at + size));
        }
        return frames;
    }

    /** Every frame's luma (Y) plane, as coded, for a 4:2:0 video of {@code side} pixels square. */
    public static List<byte[]> decodeLumaPlanes(Path video, int side) throws IOException, InterruptedException {
        byte[] all = run(List.of(ffmpeg().toString(), "-v", "error", "-i", video.toString(),
                "-f", "rawvideo", "-pix_fmt", "yuv420p", "pipe:1"));
        int size = side * side * 3 / 2;
        List<byte[]> planes = new ArrayList<>();
        for (int at = 0; at + size <= all.length; at += size) {
            planes.add(java.util.Arrays.copyOfRange(all, at, at + side * side));
        }
        return planes;
    }

    /** An ffprobe entry, e.g. ("stream=duration", "v:0"). */
    public static String probe(Path media, String entries, String stream) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ffprobe().toString(), "-v", "error"));
        if (stream != null) {
            command.addAll(List.of("-select_streams", stream));
        }
        command.addAll(List.of("-show_entries", entries, "-of", "default=noprint_wrappers=1:nokey=1", media.toString()));
        return new String(run(command)).strip();
    }

    /** 16 kHz mono samples of any audio file. */
    public static float[] decodeMono16k(Path audio) throws IOException, InterruptedException {
        byte[] pcm = run(List.of(ffmpeg().toString(), "-v", "error", "-i", audio.toString(),
                "-ac", "1", "-ar", "16000", "-f", "s16le", "pipe:1"));
        float[] samples = new float[pcm.length / 2];
        ByteBuffer buffer = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < samples.length; i++) {
            samples[i] = buffer.getShort() / 32768f;
        }
        return samples;
    }

    /** Writes 16 kHz mono 16-bit WAV. */
    public static void writeWav(Path file, float[] samples) throws IOException {
        ByteBuffer data = ByteBuffer.allocate(44 + samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        data.put("RIFF".getBytes()).putInt(36 + samples.length * 2).put("WAVE".getBytes());
        data.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(16000).putInt(32000).putShort((short) 2).putShort((short) 16);
        data.put("data".getBytes()).putInt(samples.length * 2);
        for (float s : samples) {
            data.putShort((short) Math.max(-32768, Math.min(32767, Math.round(s * 32767))));
        }
        Files.write(file, data.array());
    }

    /** Speech with {@code leadSeconds} and {@code tailSeconds} of digital silence around it. */
    public static float[] padded(float[] speech, double leadSeconds, double tailSeconds) {
        int lead = (int) (leadSeconds * 16000);
        float[] out = new float[lead + speech.length + (int) (tailSeconds * 16000)];
        System.arraycopy(speech, 0, out, lead, speech.length);
        return out;
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
