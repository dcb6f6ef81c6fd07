package studio.loqui.media.inspect;

import java.util.Set;

/**
 * The containers the contract accepts, each with the FFmpeg demuxer forced when probing it, so a file
 * can never be read as a playlist (HLS, concat, DASH) that would make FFmpeg open other files.
 */
public enum ContainerFormat {
    WAV("wav", "audio/wav", "wav", Set.of(MediaKind.AUDIO)),
    MP3("mp3", "audio/mpeg", "mp3", Set.of(MediaKind.AUDIO)),
    OGG("ogg", "audio/ogg", "ogg", Set.of(MediaKind.AUDIO)),
    FLAC("flac", "audio/flac", "flac", Set.of(MediaKind.AUDIO)),
    AAC("aac", "audio/aac", "aac", Set.of(MediaKind.AUDIO)),
    /** ISO base media: MP4, M4A, MOV; audio or video is decided by the streams found. */
    ISO_BMFF("mp4", "video/mp4", "mov", Set.of(MediaKind.AUDIO, MediaKind.VIDEO)),
    /** Matroska and WebM; audio (browser recordings) or video by the streams found. */
    MATROSKA("webm", "video/webm", "matroska", Set.of(MediaKind.AUDIO, MediaKind.VIDEO)),
    PNG("png", "image/png", "png_pipe", Set.of(MediaKind.IMAGE)),
    JPEG("jpg", "image/jpeg", "jpeg_pipe", Set.of(MediaKind.IMAGE)),
    WEBP("webp", "image/webp", "webp_pipe", Set.of(MediaKind.IMAGE));

    private final String extension;
    private final String mimeType;
    private final String demuxer;
    private final Set<MediaKind> kinds;

    ContainerFormat(String extension, String mimeType, String demuxer, Set<MediaKind> kinds) {
        this.extension = extension;
        this.mimeType = mimeType;
        this.demuxer = demuxer;
        this.kinds = kinds;
    }

    public String extension() {
        return extension;
    }

    public String mimeType() {
        return mimeType;
    }

    public String demuxer() {
        return demuxer;
    }

    public Set<MediaKind> kinds() {
        return kinds;
    }
}
