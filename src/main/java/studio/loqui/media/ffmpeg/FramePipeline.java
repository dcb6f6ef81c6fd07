package studio.loqui.media.ffmpeg;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Draws frames on a few threads at once while the calling thread writes the ones already drawn to FFmpeg, in
 * order, so drawing, colour conversion, piping and encoding overlap on all cores. Drawer {@code d} of {@code n}
 * draws frames {@code d}, {@code d + n}, ... into its own picture and converts each to YUV 4:2:0 in one of a few
 * buffers that circulate between it and the writer. A drawing that fails, or a listener that stops the encoding,
 * ends them all.
 */
final class FramePipeline {

    /** Frames a drawer may have ready ahead of the writer. */
    private static final int BUFFERS = 2;
    private static final int MAX_DRAWERS = 4;
    private static final byte[] FAILED = new byte[0];

    private FramePipeline() {
    }

    /** How many frames are drawn at once: one a core, at most {@value #MAX_DRAWERS}. */
    static int drawers() {
        return Math.max(1, Math.min(MAX_DRAWERS, Runtime.getRuntime().availableProcessors()));
    }

    static void run(FrameEncoder.Format format, int frames, Supplier<FrameEncoder.Frames> sources, OutputStream pipe,
                    FrameEncoder.Listener listener) throws IOException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Drawer> drawers = new ArrayList<>();
        for (int d = 0; d < Math.min(drawers(), frames); d++) {
            drawers.add(new Drawer(format, frames, d, Math.min(drawers(), frames), sources.get(), failure));
        }
        drawers.forEach(Drawer::start);
        try {
            for (int i = 0; i < frames; i++) {
                Drawer drawer = drawers.get(i % drawers.size());
                byte[] frame = drawer.drawn.take();
                if (frame == FAILED) {
                    throw rethrown(failure.get());
                }
                pipe.write(frame);
                drawer.free.put(frame);
                listener.framesDone(i + 1, frames);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while encoding frames");
        } finally {
            drawers.forEach(Drawer::stop);
        }
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return (RuntimeException) failure;
    }

    /** One drawing thread and the buffers its frames go out in. */
    private static final class Drawer {
        final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
        final BlockingQueue<byte[]> drawn = new ArrayBlockingQueue<>(BUFFERS + 1);
        private final Thread thread;

        Drawer(FrameEncoder.Format format, int frames, int first, int step, FrameEncoder.Frames source,
               AtomicReference<Throwable> failure) {
            for (int i = 0; i < BUFFERS; i++) {
                free.add(new byte[Yuv420.frameBytes(format.width(), format.height())]);
            }
            thread = new Thread(() -> draw(format, frames, first, step, source, failure), "film-frames-" + first);
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        void stop() {
            thread.interrupt();
        }

        private void draw(FrameEncoder.Format format, int frames, int first, int step, FrameEncoder.Frames source,
                          AtomicReference<Throwable> failure) {
            BufferedImage frame = new BufferedImage(format.width(), format.height(), BufferedImage.TYPE_INT_RGB);
            int[] pixels = ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
            try {
                for (int i = first; i < frames; i += step) {
                    byte[] bytes = free.take();
                    source.draw(frame, i);
                    Yuv420.convert(pixels, format.width(), format.height(), bytes);
                    drawn.put(bytes);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
                drawn.offer(FAILED);
            }
        }
    }
}
