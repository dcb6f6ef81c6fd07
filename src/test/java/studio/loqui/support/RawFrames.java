package studio.loqui.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/** A video's frames decoded by FFmpeg to BGR bytes one at a time, as the lip-sync engine decodes them. */
public final class RawFrames implements AutoCloseable {

    private final Process process;
    private final InputStream in;
    public final int width;
    public final int height;

    public RawFrames(Path ffmpeg, Path video, int width, int height) throws IOException {
        this.width = width;
        this.height = height;
        process = new ProcessBuilder(List.of(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-nostdin",
                "-i", video.toString(), "-map", "0:v:0", "-an", "-sn", "-fps_mode", "passthrough",
                "-f", "rawvideo", "-pix_fmt", "bgr24", "pipe:1")).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        in = new BufferedInputStream(process.getInputStream(), 1 << 20);
    }

    /** The next frame, or null at the end. */
    public byte[] next() throws IOException {
        byte[] frame = in.readNBytes(width * height * 3);
        return frame.length == width * height * 3 ? frame : null;
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
