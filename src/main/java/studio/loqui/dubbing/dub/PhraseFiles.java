package studio.loqui.dubbing.dub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.jobs.JobContext;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.WavFiles;
import studio.loqui.media.inspect.MediaKind;
import studio.loqui.storage.Asset;
import studio.loqui.storage.AssetArea;
import studio.loqui.storage.AssetService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;

/**
 * Each dubbed phrase's speech, kept as a generated file of the caller's (16-bit WAV at the track's rate), so that
 * an edit of one phrase lays the others again sample for sample instead of speaking them anew.
 */
@ApplicationScoped
public class PhraseFiles {

    private final AssetService assets;
    private final AudioDecoder decoder;

    public PhraseFiles(AssetService assets, AudioDecoder decoder) {
        this.assets = assets;
        this.decoder = decoder;
    }

    /**
     * A stored phrase: its file's public id and its speech as it reads back from that file (16-bit), which is
     * what the track must be laid from so that an edit laying the file again gets the same samples.
     */
    public record Kept(String fileId, PcmAudio speech) {
    }

    /** Stores phrase {@code index} of the dub whose video is {@code videoName}. */
    public Kept keep(JobContext context, String videoName, int index, PcmAudio speech) {
        Path file = context.workFile("wav");
        byte[] wav = WavFiles.encode(speech);
        try {
            Files.write(file, wav);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = String.format(Locale.ROOT, "%s-phrase-%03d.wav",
                videoName.substring(0, videoName.lastIndexOf('.')), index);
        String id = assets.store(new AssetService.Incoming(context.ownerId(), AssetArea.GENERATED, file, name, null),
                EnumSet.of(MediaKind.AUDIO)).publicId;
        return new Kept(id, PcmAudio.fromPcm16le(wav, WavFiles.HEADER_BYTES, wav.length - WavFiles.HEADER_BYTES,
                speech.sampleRate()));
    }

    /** A stored phrase's speech at {@code rate}; the job fails when the file is gone. */
    public PcmAudio read(long ownerId, String fileId, int rate) {
        return decoder.decode(path(ownerId, fileId), rate);
    }

    @Transactional
    Path path(long ownerId, String fileId) {
        Asset asset = Asset.findOwned(ownerId, fileId).orElseThrow(() -> new JobFailedException(
                "The stored audio of a phrase (" + fileId + ") no longer exists; dub the video again"));
        return assets.pathOf(asset);
    }
}
