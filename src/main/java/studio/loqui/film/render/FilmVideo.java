package studio.loqui.film.render;

import studio.loqui.media.ffmpeg.FFmpegFrames;
import studio.loqui.media.process.ToolProcess;
import studio.loqui.media.process.ToolResult;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Draws a film's frames in Java (each shot's picture, painted when first needed, under a slow camera move, the current line's caption
 * still on top, a short fade from and to black) and pipes them as raw BGR to the bundled FFmpeg, which
 * encodes H.264 (OpenH264, the encoder it has) in yuv420p with the soundtrack as AAC into an MP4 with its
 * index up front. FFmpeg runs with its arguments as an array, local files only and a time limit.
 */
public final class FilmVideo {

    private static final double FADE_SECONDS = 0.4;
    private static final long BASE_TIMEOUT_SECONDS = 120;

    /** Told of every frame written; throws to stop (cancellation). */
    public interface Listener {
        void framesDone(int done, int total);
    }

    private final Path ffmpeg;

    public FilmVideo(Path ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    public static int frameCount(double seconds, int fps) {
        return Math.max(1, (int) Math.round(seconds * fps));
    }

    public void encode(FilmTimeline timeline, FilmArtwork art, FilmQuality quality, int fps, Path soundtrack, Path out,
                       Listener listener) throws IOException {
        int frames = frameCount(timeline.seconds(), fps);
        BufferedImage frame = new BufferedImage(quality.width(), quality.height(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] pixels = ((DataBufferByte) frame.getRaster().getDataBuffer()).getData();
        ToolResult result = FFmpegFrames.run(ToolProcess.of(command(quality, fps, frames, soundtrack, out))
                .timeLimit(Duration.ofSeconds(BASE_TIMEOUT_SECONDS + frames / 5))
                .stdin(stdin -> {
                    try (OutputStream pipe = new BufferedOutputStream(stdin, 1 << 20)) {
                        for (int i = 0; i < frames; i++) {
                            draw(frame, timeline, art, i / (double) fps, timeline.seconds());
                            pipe.write(pixels);
                            listener.framesDone(i + 1, frames);
                        }
                    }
                }));
        if (!result.succeeded()) {
            throw new IOException("FFmpeg could not encode the film (exit " + result.exitCode() + "): "
                    + result.stderrTail().strip());
        }
    }

    static void draw(BufferedImage frame, FilmTimeline timeline, FilmArtwork art, double t, double seconds) {
        Graphics2D g = frame.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        FilmTimeline.Shot shot = timeline.shotAt(t);
        double progress = (t - shot.start()) / Math.max(1e-6, shot.end() - shot.start());
        g.drawImage(art.picture(shot.index()),
                KenBurns.at(shot.index(), progress, frame.getWidth(), frame.getHeight()), null);
        g.drawImage(art.caption(timeline.sceneAt(t).index()), 0, 0, null);
        double fade = Math.min(1, Math.min(t, seconds - t) / FADE_SECONDS);
        if (fade < 1) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) (1 - Math.max(0, fade))));
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, frame.getWidth(), frame.getHeight());
        }
        g.dispose();
    }

    private List<String> command(FilmQuality quality, int fps, int frames, Path soundtrack, Path out) {
        String seconds = String.format(java.util.Locale.ROOT, "%.3f", frames / (double) fps);
        return List.of(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-y",
                "-protocol_whitelist", "file,pipe",
                "-f", "rawvideo", "-pix_fmt", "bgr24", "-s", quality.width() + "x" + quality.height(),
                "-framerate", String.valueOf(fps), "-i", "pipe:0",
                "-protocol_whitelist", "file,pipe", "-i", soundtrack.toAbsolutePath().toString(),
                "-map", "0:v:0", "-map", "1:a:0",
                "-c:v", "libopenh264", "-b:v", String.valueOf(quality.bitsPerSecond()),
                "-g", String.valueOf(2 * fps), "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-b:a", "128k", "-ar", String.valueOf(Soundtrack.SAMPLE_RATE), "-ac", "1",
                "-t", seconds, "-movflags", "+faststart", "-f", "mp4", out.toAbsolutePath().toString());
    }
}
