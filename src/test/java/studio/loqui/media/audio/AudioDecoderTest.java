package studio.loqui.media.audio;

import com.github.kokorin.jaffree.ffmpeg.FFmpeg;
import com.github.kokorin.jaffree.ffmpeg.UrlInput;
import com.github.kokorin.jaffree.ffmpeg.UrlOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.loqui.media.TestMedia;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AudioDecoderTest {

    private static final double DURATION_0870 = 7.1;

    @TempDir
    Path dir;

    @Test
    void shouldDecodeRealWavToMonoAtRequestedRate() {
        PcmAudio audio = TestMedia.DECODER.decode(TestMedia.voiceFile(TestMedia.VOICE_0870), 8000);
        assertEquals(8000, audio.sampleRate());
        assertEquals(DURATION_0870, audio.durationSeconds(), 0.05);
        assertTrue(Levels.rms(audio.samples()) > 0.01, "decoded speech has signal");
    }

    @Test
    void shouldDecodeBothChannelsOfAStereoWavAndTellAMonoOne() throws Exception {
        PcmAudio speech = TestMedia.DECODER.decode(TestMedia.voiceFile(TestMedia.VOICE_0870), 16000);
        Path stereoFile = dir.resolve("stereo.wav");
        PcmAudio silence = new PcmAudio(new float[speech.length()], 16000);
        Files.write(stereoFile, WavFiles.encode(new StereoPcm(speech, silence)));

        StereoPcm stereo = TestMedia.DECODER.decodeStereo(stereoFile, 16000);
        StereoPcm mono = TestMedia.DECODER.decodeStereo(TestMedia.voiceFile(TestMedia.VOICE_0870), 16000);

        assertEquals(DURATION_0870, stereo.durationSeconds(), 0.05);
        assertEquals(Levels.rms(speech.samples()), Levels.rms(stereo.left().samples()), 1e-3, "left is the speech");
        assertTrue(Levels.rms(stereo.right().samples()) < 1e-4, "right stays silent");
        assertTrue(!stereo.isMono() && mono.isMono(), "a mono file decodes to two equal channels");
        assertEquals(Levels.rms(speech.samples()) / Math.sqrt(2), Levels.rms(mono.left().samples()), 1e-3,
                "FFmpeg spreads a mono channel over two at -3 dB");
    }

    @ParameterizedTest
    @CsvSource({"flac,flac", "m4a,aac", "webm,libopus", "ogg,libopus", "mp3,libmp3lame"})
    void shouldDecodeEveryAcceptedUploadFormat(String extension, String codec) {
        Path file = dir.resolve("voice." + extension);
        FFmpeg.atPath(TestMedia.FFMPEG.directory())
                .addInput(UrlInput.fromPath(TestMedia.voiceFile(TestMedia.VOICE_0870)))
                .addOutput(UrlOutput.toPath(file).addArguments("-c:a", codec))
                .execute();
        PcmAudio audio = TestMedia.DECODER.decode(file, 16000);
        assertEquals(DURATION_0870, audio.durationSeconds(), 0.1, extension);
    }

    @Test
    void shouldRoundTripThroughEveryOutputFormat() throws Exception {
        PcmAudio original = TestMedia.realVoice(TestMedia.VOICE_0890);
        AudioEncoder encoder = new AudioEncoder(TestMedia.FFMPEG);
        for (AudioFormat format : AudioFormat.values()) {
            byte[] encoded = encoder.encode(original, format);
            // raw PCM has no header to decode by: it is read as what it is said to be
            PcmAudio back = format == AudioFormat.PCM
                    ? PcmAudio.fromPcm16le(encoded, 0, encoded.length, AudioFormat.PCM_RATE)
                    : TestMedia.DECODER.decode(encoded, 16000);
            // MP3 frames add up to ~0.1 s of encoder delay and padding
            assertEquals(original.durationSeconds(), back.durationSeconds(), 0.15, format.name());
            assertEquals(Levels.rms(original.samples()), Levels.rms(back.samples()), 0.2 * Levels.rms(original.samples()),
                    format.name() + " keeps the level");
        }
    }

    @Test
    void shouldRefuseAPictureNamedWav() throws Exception {
        Path fake = dir.resolve("picture.wav");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        Files.write(fake, png);
        assertThrows(AudioDecodingException.class, () -> TestMedia.DECODER.decode(fake, 16000));
    }

    @Test
    void shouldNotFollowPlaylistsOrConcatScripts() throws Exception {
        Path voice = TestMedia.voiceFile(TestMedia.VOICE_0870).toAbsolutePath();
        Path playlist = Files.writeString(dir.resolve("list.wav"),
                "#EXTM3U\n#EXT-X-TARGETDURATION:8\n#EXTINF:7.1,\nfile://" + voice + "\n#EXT-X-ENDLIST\n");
        assertThrows(AudioDecodingException.class, () -> TestMedia.DECODER.decode(playlist, 16000));
        // a relative, "safe" name: only the demuxer whitelist stops FFmpeg from reading it
        Files.copy(voice, dir.resolve("other.wav"));
        Path concat = Files.writeString(dir.resolve("concat.wav"), "ffconcat version 1.0\nfile 'other.wav'\n");
        assertThrows(AudioDecodingException.class, () -> TestMedia.DECODER.decode(concat, 16000));
    }

    @Test
    void shouldRefuseEmptyAndTruncatedFiles() throws Exception {
        Path empty = Files.write(dir.resolve("empty.wav"), new byte[0]);
        assertThrows(AudioDecodingException.class, () -> TestMedia.DECODER.decode(empty, 16000));
        byte[] wav = Files.readAllBytes(TestMedia.voiceFile(TestMedia.VOICE_0870));
        Path headerOnly = Files.write(dir.resolve("truncated.wav"), java.util.Arrays.copyOf(wav, 44));
        assertThrows(AudioDecodingException.class, () -> TestMedia.DECODER.decode(headerOnly, 16000));
    }

    @Test
    void shouldRefuseAudioLongerThanTheLimit() {
        assertThrows(AudioDecodingException.class, () -> TestMedia.DECODER.decode(
                TestMedia.voiceFile(TestMedia.VOICE_0870), 16000, java.time.Duration.ofSeconds(3)));
    }
}
