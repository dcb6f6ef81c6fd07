package studio.loqui.media;

import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.asr.PocketSphinxRecognizer;
import studio.loqui.media.asr.SpeechRecognizer;
import studio.loqui.media.asr.VoskRecognizer;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.media.tts.EspeakSynthesizer;
import studio.loqui.media.tts.MaryTtsSynthesizer;
import studio.loqui.media.tts.SynthesisRequest;
import studio.loqui.media.tts.VoiceOptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Engines shared by the media tests (MaryTTS takes seconds to start) and the real recordings of
 * {@code ../shared/testdata}, found beside the project or at {@code /work/shared}, or where the
 * system property {@code loqui.testdata} points.
 */
public final class TestMedia {

    public static final String VOICE_0870 = "librivox-austen-0870.wav";
    public static final String VOICE_0890 = "librivox-austen-0890.wav";
    public static final String TEXT_0870 = "and mister john dashwood had then leisure to consider how much there might be "
            + "prudently in his power to do for them";

    public static final FFmpegBinaries FFMPEG = new FFmpegBinaries();
    public static final AudioDecoder DECODER = new AudioDecoder(FFMPEG);
    public static final MaryTtsSynthesizer MARY = new MaryTtsSynthesizer();
    public static final EspeakSynthesizer ESPEAK = new EspeakSynthesizer(DECODER);
    public static final PocketSphinxRecognizer SPHINX = new PocketSphinxRecognizer();
    /** The recogniser the server prefers. */
    public static final SpeechRecognizer RECOGNIZER = new VoskRecognizer();

    private TestMedia() {
    }

    public static Path testdata() {
        String configured = System.getProperty("loqui.testdata");
        if (configured != null) {
            return Path.of(configured);
        }
        Path besideProject = Path.of("..", "shared", "testdata");
        return Files.isDirectory(besideProject) ? besideProject : Path.of("/work/shared/testdata");
    }

    public static Path voiceFile(String name) {
        return testdata().resolve("voices").resolve(name);
    }

    public static PcmAudio realVoice(String name) {
        return DECODER.decode(voiceFile(name), 16000);
    }

    public static PcmAudio espeak(String voice, String text) {
        return ESPEAK.synthesize(new SynthesisRequest(text, "en", new VoiceOptions(voice, null, 1.0), false)).audio();
    }

    public static PcmAudio mary(String text) {
        return MARY.synthesize(SynthesisRequest.of(text, "en")).audio();
    }
}
