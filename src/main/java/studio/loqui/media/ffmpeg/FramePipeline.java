package studio.loqui.media.ffmpeg;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Draws frames on one thread while another writes the ones already drawn to FFmpeg, so drawing, piping and
 * encoding overlap on separate cores. A few frame buffers circulate between the two; a drawing that fails,
 * or a listener that stops the encoding, ends both.
 */
final class FramePipeline {

    private static final int BUFFERS = 3;
    private static final byte[] FAILED = new byte[0];

    private FramePipeline() {
    }

    static void run(FrameEncoder.Format format, int frames, FrameEncoder.Frames source, OutputStream pipe,
                    FrameEncoder.Listener listener) throws IOException {
        BlockingQueue<byte[]> drawn = new ArrayBlockingQueue<>(BUFFERS + 1);
        BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
        for (int i = 0; i < BUFFERS; i++) {
            free.add(new byte[format.width() * format.height() * 4]);
        }
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread drawer = new Thread(() -> draw(format, frames, source, free, drawn, failure), "film-frames");
        drawer.setDaemon(true);
        drawer.start();
        try {
            for (int i = 0; i < frames; i++) {
                byte[] frame = drawn.take();
                if (frame == FAILED) {
                    throw failure.get();
                }
                pipe.write(frame);
                free.put(frame);
                listener.framesDone(i + 1, frames);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while encoding frames");
        } finally {
            drawer.interrupt();
        }
    }

    private static void draw(FrameEncoder.Format format, int frames, FrameEncoder.Frames source,
                             BlockingQueue<byte[]> free, BlockingQueue<byte[]> drawn,
                             AtomicReference<RuntimeException> failure) {
        BufferedImage frame = new BufferedImage(format.width(), format.height(), BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
        try {
            for (int i = 0; i < frames; i++) {
                byte[] bytes = free.take();
                source.draw(frame, i);
                ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(pixels);
                drawn.put(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure.set(e);
            drawn.offer(FAILED);
        }
    }
}
