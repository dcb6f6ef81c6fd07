package studio.loqui.media.asr;

import studio.loqui.media.TestMedia;
import studio.loqui.media.audio.PcmAudio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real read speech with reference transcripts: the LibriVox clips of Debian's {@code pocketsphinx-testdata}
 * ({@code librivox/transcription}), each taken from {@code ../shared/testdata/voices} when it is there.
 */
final class SpeechClips {

    static final Path LIBRIVOX = Path.of("/usr/share/pocketsphinx/test/data/librivox");
    private static final Pattern LINE = Pattern.compile("<s> (.*) </s> \\((.*-(\\d{4}))\\)");

    record Clip(String name, PcmAudio audio, String reference) {
    }

    private SpeechClips() {
    }

    static List<Clip> all() throws IOException {
        List<Clip> clips = new ArrayList<>();
        for (String line : Files.readAllLines(LIBRIVOX.resolve("transcription"))) {
            Matcher m = LINE.matcher(line.strip());
            if (m.matches()) {
                Path file = sourceOf(m.group(2), m.group(3));
                clips.add(new Clip(file.getFileName().toString(), TestMedia.DECODER.decode(file, 16000), m.group(1)));
            }
        }
        return clips;
    }

    private static Path sourceOf(String id, String number) {
        Path shared = TestMedia.voiceFile("librivox-austen-" + number + ".wav");
        return Files.isRegularFile(shared) ? shared : LIBRIVOX.resolve(id + ".wav");
    }
}
