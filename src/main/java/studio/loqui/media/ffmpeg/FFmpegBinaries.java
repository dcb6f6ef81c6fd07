package studio.loqui.media.ffmpeg;

import jakarta.enterprise.context.ApplicationScoped;
import org.bytedeco.javacpp.Loader;
import org.jboss.logging.Logger;
import studio.loqui.media.MediaEngine;
import studio.loqui.media.process.ToolProcess;
import studio.loqui.media.process.ToolProcessException;
import studio.loqui.media.process.ToolResult;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Finds the {@code ffmpeg} and {@code ffprobe} executables: those shipped in the
 * {@code org.bytedeco:ffmpeg} jar, extracted once to the JavaCPP cache. They need Debian's
 * {@code libpulse0}; when they cannot run, the engine reports itself missing with the reason.
 */
@ApplicationScoped
public class FFmpegBinaries implements MediaEngine {

    private static final Logger LOG = Logger.getLogger(FFmpegBinaries.class);

    private volatile Located located;

    private record Located(Path directory, String version, String problem) {
    }

    @Override
    public String name() {
        return "ffmpeg";
    }

    @Override
    public boolean available() {
        return locate().problem() == null;
    }

    @Override
    public String detail() {
        Located l = locate();
        return l.problem() == null ? l.version() + " at " + l.directory() : l.problem();
    }

    /** The folder holding {@code ffmpeg} and {@code ffprobe}; throws a 503 when they cannot run. */
    public Path directory() {
        requireAvailable();
        return locate().directory();
    }

    public Path ffmpeg() {
        return directory().resolve("ffmpeg");
    }

    public Path ffprobe() {
        return directory().resolve("ffprobe");
    }

    private Located locate() {
        Located l = located;
        if (l == null) {
            synchronized (this) {
                if (located == null) {
                    located = find();
                }
                l = located;
            }
        }
        return l;
    }

    private static Located find() {
        Path dir;
        try {
            File cached = Loader.cacheResource(org.bytedeco.ffmpeg.ffmpeg.class, Loader.getPlatform());
            dir = cached.toPath();
            for (String exe : new String[] {"ffmpeg", "ffprobe"}) {
                File file = dir.resolve(exe).toFile();
                if (!file.canExecute() && !file.setExecutable(true)) {
                    return new Located(dir, null, "cannot make " + file + " executable");
                }
            }
        } catch (IOException | RuntimeException e) {
            return new Located(null, null, "bundled FFmpeg could not be extracted: " + e.getMessage());
        }
        return probeVersion(dir);
    }

    private static Located probeVersion(Path dir) {
        try {
            ToolResult result = ToolProcess.of(List.of(dir.resolve("ffmpeg").toString(), "-hide_banner", "-version"))
                    .timeLimit(Duration.ofSeconds(20)).run();
            String out = result.stdoutText() + result.stderrTail();
            if (!result.succeeded()) {
                String reason = out.contains("libpulse") ? "bundled FFmpeg needs Debian's libpulse0 (apt-get install libpulse0)"
                        : "bundled FFmpeg does not run: " + out.strip();
                LOG.warn(reason);
                return new Located(dir, null, reason);
            }
            String version = out.lines().findFirst().orElse("ffmpeg").replace("ffmpeg version ", "FFmpeg ");
            return new Located(dir, version.split(" Copyright")[0], null);
        } catch (ToolProcessException e) {
            return new Located(dir, null, "bundled FFmpeg does not run: " + e.getMessage());
        }
    }
}
