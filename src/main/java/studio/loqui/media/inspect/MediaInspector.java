package studio.loqui.media.inspect;

import com.github.kokorin.jaffree.StreamType;
import com.github.kokorin.jaffree.ffprobe.FFprobe;
import com.github.kokorin.jaffree.ffprobe.FFprobeResult;
import com.github.kokorin.jaffree.ffprobe.Stream;
import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.system.ApiException;
import studio.loqui.system.LoquiConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Decides what an untrusted file is and measures it: the container from its bytes, image sizes from the
 * header before any decoding, audio and video with ffprobe forced to that container's demuxer and
 * allowed only the {@code file} protocol, under a time limit.
 */
@ApplicationScoped
public class MediaInspector {

    private final FFmpegBinaries ffmpeg;
    private final LoquiConfig.Media limits;

    public MediaInspector(FFmpegBinaries ffmpeg, LoquiConfig config) {
        this.ffmpeg = ffmpeg;
        this.limits = config.media();
    }

    /** Measures a file that must be one of {@code allowed}; anything else is a 400 naming what is allowed. */
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
            throw ApiException.badRequest("The file could not be read");
        }
    }

    private MediaInfo image(Path file, ContainerFormat container) {
        ImageHeader.Size size;
        try {
            size = ImageHeader.read(file);
        } catch (IOException | RuntimeException e) {
            throw ApiException.badRequest("The image is corrupt or truncated: its header cannot be read");
        }
        if (size.width() <= 0 || size.height() <= 0) {
            throw ApiException.badRequest("The image declares no pixels");
        }
        if (size.pixels() > limits.maxImagePixels()) {
            throw ApiException.tooLarge("The image is " + size.width() + "x" + size.height()
                    + " pixels; the largest accepted has " + limits.maxImagePixels() + " pixels");
        }
        try {
            ImageHeader.verifyDecodes(file);
        } catch (IOException | RuntimeException e) {
            throw ApiException.badRequest("The image is corrupt or truncated: it cannot be decoded");
        }
        return new MediaInfo(container, MediaKind.IMAGE, container.mimeType(), container.extension(), null, null,
                null, size.width(), size.height(), container.name().toLowerCase());
    }

    private MediaInfo probe(Path file, ContainerFormat container) {
        FFprobeResult result = runProbe(file, container);
        Stream video = result.getStreams().stream()
                .filter(s -> s.getCodecType() == StreamType.VIDEO)
                .filter(s -> s.getDisposition() == null || !Integer.valueOf(1).equals(s.getDisposition().getAttachedPic()))
                .findFirst().orElse(null);
        Stream audio = result.getStreams().stream()
                .filter(s -> s.getCodecType() == StreamType.AUDIO).findFirst().orElse(null);
        Double duration = result.getFormat() == null ? null : seconds(result.getFormat().getDuration());
        if (video == null && audio == null) {
            throw ApiException.badRequest("The file holds no audio or video stream");
        }
        if (duration == null || duration <= 0) {
            throw ApiException.badRequest("The file has no playable duration (empty or truncated)");
        }
        if (duration > limits.maxDurationSeconds()) {
            throw ApiException.badRequest(String.format("The file lasts %.0f s; the longest accepted is %.0f s",
                    duration, limits.maxDurationSeconds()));
        }
        MediaKind kind = video != null ? MediaKind.VIDEO : MediaKind.AUDIO;
        return new MediaInfo(container, kind, mimeType(container, kind), extension(container, kind, result),
                duration,
                audio == null ? null : audio.getSampleRate(),
                audio == null ? null : audio.getChannels(),
                video == null ? null : video.getWidth(),
                video == null ? null : video.getHeight(),
                video != null ? video.getCodecName() : audio.getCodecName());
    }

    private FFprobeResult runProbe(Path file, ContainerFormat container) {
        Future<FFprobeResult> future = FFprobe.atPath(ffmpeg.directory())
                .addArguments("-protocol_whitelist", "file")
                .setFormat(container.demuxer())
                .setShowStreams(true)
                .setShowFormat(true)
                .setInput(file)
                .executeAsync();
        try {
            return future.get(limits.ffmpegTimeoutSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw ApiException.badRequest("The file could not be read as " + container.extension()
                    + " (corrupt, truncated or mislabelled)");
        } catch (TimeoutException e) {
            future.cancel(true);
            throw ApiException.badRequest("The file took too long to read");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("Interrupted while reading the file");
        }
    }

    private void checkSize(Path file, MediaKind kind) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw ApiException.badRequest("The file could not be read");
        }
        long max = switch (kind) {
            case AUDIO -> limits.maxAudioBytes();
            case VIDEO -> limits.maxVideoBytes();
            case IMAGE -> limits.maxImageBytes();
        };
        if (size > max) {
            throw ApiException.tooLarge("The " + kind.label() + " file is " + size + " bytes; the largest accepted is "
                    + max + " bytes");
        }
    }

    private static String mimeType(ContainerFormat container, MediaKind kind) {
        return switch (container) {
            case ISO_BMFF -> kind == MediaKind.AUDIO ? "audio/mp4" : "video/mp4";
            case MATROSKA -> kind == MediaKind.AUDIO ? "audio/webm" : "video/webm";
            default -> container.mimeType();
        };
    }

    private static String extension(ContainerFormat container, MediaKind kind, FFprobeResult result) {
        String formatName = result.getFormat() == null ? "" : String.valueOf(result.getFormat().getFormatName());
        return switch (container) {
            case ISO_BMFF -> kind == MediaKind.AUDIO ? "m4a" : "mp4";
            case MATROSKA -> formatName.contains("webm") || kind == MediaKind.AUDIO ? "webm" : "mkv";
            default -> container.extension();
        };
    }

    private static Double seconds(Float value) {
        return value == null ? null : Math.round(value.doubleValue() * 1000.0) / 1000.0;
    }

    private static ApiException invalidType(Set<MediaKind> allowed) {
        String list = java.util.Arrays.stream(ContainerFormat.values())
                .filter(c -> c.kinds().stream().anyMatch(allowed::contains))
                .flatMap(c -> allowedMimes(c, allowed).stream())
                .distinct()
                .collect(Collectors.joining(", "));
        return ApiException.badRequest("Invalid file type. Allowed: " + list);
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
