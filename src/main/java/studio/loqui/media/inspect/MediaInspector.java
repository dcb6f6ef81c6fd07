package studio.loqui.media.inspect;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.EngineFailed;
import studio.loqui.media.MediaConfig;
import studio.loqui.media.MediaInputRejected;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.media.process.ToolProcess;
import studio.loqui.media.process.ToolProcessException;
import studio.loqui.media.process.ToolResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides what an untrusted file is and measures it: the container from its bytes, image sizes from the
 * header before any decoding, audio and video with ffprobe forced to that container's demuxer and
 * allowed only the {@code file} protocol, under a time limit.
 */
@ApplicationScoped
public class MediaInspector {

    private static final long PACKET_LIST_LIMIT = 64L << 20;

    private final FFmpegBinaries ffmpeg;
    private final MediaConfig limits;

    public MediaInspector(FFmpegBinaries ffmpeg, MediaConfig config) {
        this.ffmpeg = ffmpeg;
        this.limits = config;
    }

    /** Measures a file that must be one of {@code allowed}; anything else is refused, naming what is allowed. */
    public MediaInfo inspect(Path file, Set<MediaKind> allowed) {
        ContainerFormat container = sniff(file)
                .filter(c -> c.kinds().stream().anyMatch(allowed::contains))
                .orElseThrow(() -> invalidType(allowed));
        MediaInfo info = container == ContainerFormat.PNG || container == ContainerFormat.JPEG
                || container == ContainerFormat.WEBP ? image(file, container) : probe(file, container);
        if (!allowed.contains(info.kind())) {
            throw invalidType(allowed);
        }
        checkSize(file, info.kind());
        return info;
    }

    private static java.util.Optional<ContainerFormat> sniff(Path file) {
        try {
            return FormatSniffer.sniff(file);
        } catch (IOException e) {
            throw new MediaInputRejected("The file could not be read");
        }
    }

    private MediaInfo image(Path file, ContainerFormat container) {
        ImageHeader.Size size;
        try {
            size = ImageHeader.read(file);
        } catch (IOException | RuntimeException e) {
            throw new MediaInputRejected("The image is corrupt or truncated: its header cannot be read");
        }
        if (size.width() <= 0 || size.height() <= 0) {
            throw new MediaInputRejected("The image declares no pixels");
        }
        if (size.pixels() > limits.maxImagePixels()) {
            throw tooLarge("The image is " + size.width() + "x" + size.height()
                    + " pixels; the largest accepted has " + limits.maxImagePixels() + " pixels");
        }
        try {
            ImageHeader.verifyDecodes(file);
        } catch (IOException | RuntimeException e) {
            throw new MediaInputRejected("The image is corrupt or truncated: it cannot be decoded");
        }
        return new MediaInfo(container, MediaKind.IMAGE, container.mimeType(), container.extension(), null, null,
                null, size.width(), size.height(), container.name().toLowerCase());
    }

    private MediaInfo probe(Path file, ContainerFormat container) {
        ProbeReport report = runProbe(file, container);
        ProbeReport.Stream video = report.video().orElse(null);
        ProbeReport.Stream audio = report.audio().orElse(null);
        if (video == null && audio == null) {
            throw new MediaInputRejected("The file holds no audio or video stream");
        }
        Double duration = report.durationSeconds() != null ? report.durationSeconds() : durationFromPackets(file, container);
        if (duration == null || duration <= 0) {
            throw new MediaInputRejected("The file has no playable duration (empty or truncated)");
        }
        if (duration > limits.maxDurationSeconds()) {
            throw new MediaInputRejected(String.format("The file lasts %.0f s; the longest accepted is %.0f s",
                    duration, limits.maxDurationSeconds()));
        }
        MediaKind kind = video != null ? MediaKind.VIDEO : MediaKind.AUDIO;
        return new MediaInfo(container, kind, mimeType(container, kind), extension(container, kind, report),
                duration,
                audio == null ? null : audio.sampleRate(),
                audio == null ? null : audio.channels(),
                video == null ? null : video.width(),
                video == null ? null : video.height(),
                video != null ? video.codecName() : audio.codecName());
    }

    /**
     * A recording streamed as it was made (a browser's MediaRecorder WebM, a live Ogg) has no duration in its
     * header: it is read off the end of the last packet of the first stream instead.
     */
    private Double durationFromPackets(Path file, ContainerFormat container) {
        ToolResult result;
        try {
            result = ToolProcess.of(List.of(ffmpeg.ffprobe().toString(), "-v", "error",
                            "-protocol_whitelist", "file", "-f", container.demuxer(), "-select_streams", "0",
                            "-show_entries", "packet=pts_time,duration_time", "-of", "csv=p=0",
                            file.toAbsolutePath().toString()))
                    .timeLimit(Duration.ofSeconds(limits.ffmpegTimeoutSeconds())).stdoutLimit(PACKET_LIST_LIMIT).run();
        } catch (ToolProcessException e) {
            return null;
        }
        return result.succeeded() ? PacketTimes.end(new String(result.stdout(), java.nio.charset.StandardCharsets.US_ASCII)) : null;
    }

    private ProbeReport runProbe(Path file, ContainerFormat container) {
        ToolResult result;
        try {
            result = ToolProcess.of(List.of(ffmpeg.ffprobe().toString(), "-v", "error",
                            "-protocol_whitelist", "file", "-f", container.demuxer(),
                            "-show_streams", "-show_format", "-of", "json", file.toAbsolutePath().toString()))
                    .timeLimit(Duration.ofSeconds(limits.ffmpegTimeoutSeconds())).run();
        } catch (ToolProcessException e) {
            if (e.stopped()) {
                throw new EngineFailed("Interrupted while reading the file");
            }
            throw e.reason() == ToolProcessException.Reason.TIMED_OUT
                    ? new MediaInputRejected("The file took too long to read") : unreadable(container);
        }
        try {
            if (!result.succeeded()) {
                throw unreadable(container);
            }
            return ProbeReport.parse(result.stdout());
        } catch (IOException e) {
            throw unreadable(container);
        }
    }

    private static MediaInputRejected unreadable(ContainerFormat container) {
        return new MediaInputRejected("The file could not be read as " + container.extension()
                + " (corrupt, truncated or mislabelled)");
    }

    private void checkSize(Path file, MediaKind kind) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new MediaInputRejected("The file could not be read");
        }
        long max = switch (kind) {
            case AUDIO -> limits.maxAudioBytes();
            case VIDEO -> limits.maxVideoBytes();
            case IMAGE -> limits.maxImageBytes();
        };
        if (size > max) {
            throw tooLarge("The " + kind.label() + " file is " + size + " bytes; the largest accepted is "
                    + max + " bytes");
        }
    }

    private static MediaInputRejected tooLarge(String message) {
        return new MediaInputRejected(MediaInputRejected.Problem.TOO_LARGE, message, null);
    }

    private static String mimeType(ContainerFormat container, MediaKind kind) {
        return switch (container) {
            case ISO_BMFF -> kind == MediaKind.AUDIO ? "audio/mp4" : "video/mp4";
            case MATROSKA -> kind == MediaKind.AUDIO ? "audio/webm" : "video/webm";
            default -> container.mimeType();
        };
    }

    private static String extension(ContainerFormat container, MediaKind kind, ProbeReport report) {
        String formatName = report.formatName();
        return switch (container) {
            case ISO_BMFF -> kind == MediaKind.AUDIO ? "m4a" : "mp4";
            case MATROSKA -> formatName.contains("webm") || kind == MediaKind.AUDIO ? "webm" : "mkv";
            default -> container.extension();
        };
    }

    private static MediaInputRejected invalidType(Set<MediaKind> allowed) {
        String list = java.util.Arrays.stream(ContainerFormat.values())
                .filter(c -> c.kinds().stream().anyMatch(allowed::contains))
                .flatMap(c -> allowedMimes(c, allowed).stream())
                .distinct()
                .collect(Collectors.joining(", "));
        return new MediaInputRejected("Invalid file type. Allowed: " + list);
    }

    private static java.util.List<String> allowedMimes(ContainerFormat c, Set<MediaKind> allowed) {
        return switch (c) {
            case ISO_BMFF -> allowed.contains(MediaKind.VIDEO) && allowed.contains(MediaKind.AUDIO)
                    ? java.util.List.of("audio/mp4", "video/mp4", "video/quicktime")
                    : allowed.contains(MediaKind.VIDEO) ? java.util.List.of("video/mp4", "video/quicktime")
                    : java.util.List.of("audio/mp4");
            case MATROSKA -> allowed.contains(MediaKind.VIDEO)
                    ? java.util.List.of("video/webm", "video/x-matroska") : java.util.List.of("audio/webm");
            case JPEG -> java.util.List.of("image/jpeg", "image/jpg");
            default -> java.util.List.of(c.mimeType());
        };
    }
}
