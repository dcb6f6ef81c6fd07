package studio.loqui.dubbing.dub;

import studio.loqui.jobs.JobContext;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.StereoPcm;
import studio.loqui.media.audio.WavFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sound and subtitles a dub job writes into its work folder on the way to the stored video. */
final class DubWorkFiles {

    private DubWorkFiles() {
    }

    static Path srt(JobContext context, String cues) {
        return write(context.workFile("srt"), cues.getBytes(StandardCharsets.UTF_8));
    }

    static Path wav(JobContext context, PcmAudio audio) {
        return write(context.workFile("wav"), WavFiles.encode(audio));
    }

    static Path wav(JobContext context, StereoPcm audio) {
        return write(context.workFile("wav"), WavFiles.encode(audio));
    }

    private static Path write(Path file, byte[] content) {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
