package studio.loqui.support;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A test video of a real face that moves: the astronaut photo drifting sideways and up and down, growing
 * and shrinking and tilting a few degrees over time, with a stretch of frames in the middle that show a
 * landscape card (sky, sun, hills) and no face at all. Encoded as H.264 with the given sound.
 */
public final class MovingFaceVideo {

    public final int width;
    public final int height;
    public final int fps;
    public final int frames;
    /** The face-less frames are [facelessFrom, facelessTo). */
    public final int facelessFrom;
    public final int facelessTo;

    public MovingFaceVideo(int width, int height, int fps, int frames, int facelessFrom, int facelessTo) {
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.frames = frames;
        this.facelessFrom = facelessFrom;
        this.facelessTo = facelessTo;
    }

    public boolean faceless(int frame) {
        return frame >= facelessFrom && frame < facelessTo;
    }

    /** Writes the video to {@code out} (MP4) with {@code sound} as its audio. */
    public Path write(Path ffmpeg, Path face, Path sound, Path out) throws IOException, InterruptedException {
        return write(ffmpeg, face, sound, out, List.of());
    }

    /** Writes the video with {@code pictureArguments} after the H.264 encoder's own, such as {@code -g 25}. */
    public Path write(Path ffmpeg, Path face, Path sound, Path out, List<String> pictureArguments)
            throws IOException, InterruptedException {
        BufferedImage photo = ImageIO.read(face.toFile());
        List<String> command = new ArrayList<>(List.of(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-y",
                "-f", "rawvideo", "-pix_fmt", "bgr24", "-s", width + "x" + height, "-framerate", String.valueOf(fps),
                "-i", "pipe:0", "-i", sound.toString(), "-map", "0:v:0", "-map", "1:a:0", "-shortest",
                "-c:v", "libopenh264", "-b:v", "4M", "-pix_fmt", "yuv420p"));
        command.addAll(pictureArguments);
        command.addAll(List.of("-c:a", "aac", "-b:a", "96k", out.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] pixels = ((DataBufferByte) frame.getRaster().getDataBuffer()).getData();
        try (OutputStream pipe = new BufferedOutputStream(process.getOutputStream(), 1 << 20)) {
            for (int f = 0; f < frames; f++) {
                Graphics2D g = frame.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                if (faceless(f)) {
                    landscape(g, f);
                } else {
                    face(g, photo, f / (double) fps);
                }
                g.dispose();
                pipe.write(pixels);
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("ffmpeg could not encode the moving-face video");
        }
        return out;
    }

    private void face(Graphics2D g, BufferedImage photo, double t) {
        g.setColor(new Color(40, 44, 52));
        g.fillRect(0, 0, width, height);
        double scale = height / (double) photo.getHeight() * (0.95 + 0.12 * Math.sin(2 * Math.PI * t / 4.1));
        double cx = width / 2.0 + 0.12 * width * Math.sin(2 * Math.PI * t / 5.3);
        double cy = height / 2.0 + 0.05 * height * Math.sin(2 * Math.PI * t / 3.1);
        double tilt = Math.toRadians(5) * Math.sin(2 * Math.PI * t / 3.7);
        AffineTransform at = new AffineTransform();
        at.translate(cx, cy);
        at.rotate(tilt);
        at.scale(scale, scale);
        at.translate(-photo.getWidth() / 2.0, -photo.getHeight() / 2.0);
        g.drawImage(photo, at, null);
    }

    private void landscape(Graphics2D g, int f) {
        g.setPaint(new GradientPaint(0, 0, new Color(90, 150, 230), 0, height * 0.6f, new Color(200, 225, 250)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(250, 220, 90));
        int sun = height / 6;
        g.fillOval(width - 2 * sun - (f % 20), sun / 2, sun, sun);
        g.setColor(new Color(70, 140, 60));
        g.fillRect(0, (int) (height * 0.62), width, height);
        g.setColor(new Color(50, 110, 50));
        g.fillOval(-width / 4, (int) (height * 0.5), width, height / 2);
    }
}
