package studio.loqui.media.lipsync.training;

import studio.loqui.media.process.ToolProcess;
import studio.loqui.media.process.ToolProcessException;
import studio.loqui.media.process.ToolResult;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.time.Duration;

/**
 * Speaks a sentence word by word with the eSpeak NG command line, in one of its male and female
 * voices. Its CLI reports phonemes but not their timing (that needs MBROLA), so each word is
 * synthesised alone, trimmed to its sound, and its phonemes spread over it by typical relative length.
 * The timings are coarser than MaryTTS's; they add voices the HSMM voice does not cover.
 */
public final class EspeakSpeaker {

    private static final String[] VOICES = {"en-us+m3", "en-us+m1", "en-gb+m7", "en-us+f2", "en-gb-x-rp+m4", "en-us+f4"};
    private static final double WORD_GAP_SECONDS = 0.02;
    private static final double COMMA_PAUSE_SECONDS = 0.25;

    private final Path workDir;
    private final Random random;

    public EspeakSpeaker(Path workDir, long seed) {
        this.workDir = workDir;
        this.random = new Random(seed);
    }

    public static boolean installed() {
        try {
            return run(List.of("espeak-ng", "--version")).length > 0;
        } catch (IOException e) {
            return false;
        }
    }

    public Optional<LabelledSpeech> speak(String sentence) throws IOException {
        String voice = VOICES[random.nextInt(VOICES.length)];
        int speed = 140 + random.nextInt(50);
        int pitch = 30 + random.nextInt(40);
        SentenceBuilder builder = new SentenceBuilder();
        for (String token : sentence.split("\\s+")) {
            String word = token.replaceAll("[^A-Za-z']", "");
            if (word.isEmpty()) {
                continue;
            }
            WordAudio audio = synthesise(word, voice, speed, pitch);
            if (audio.samples.length == 0) {
                return Optional.empty();
            }
            builder.add(audio.samples, audio.rate, EspeakPhonemes.toMary(phonemes(word, voice)));
            builder.pause(token.endsWith(",") ? COMMA_PAUSE_SECONDS : WORD_GAP_SECONDS * (1 + 3 * random.nextDouble()));
        }
        return builder.build();
    }

    private String phonemes(String word, String voice) throws IOException {
        return new String(run(List.of("espeak-ng", "-q", "-x", "--sep=_", "-v", voice, word))).strip();
    }

    private WordAudio synthesise(String word, String voice, int speed, int pitch) throws IOException {
        Path wav = Files.createTempFile(workDir, "word", ".wav");
        try {
            run(List.of("espeak-ng", "-v", voice, "-s", String.valueOf(speed), "-p", String.valueOf(pitch),
                    "-w", wav.toString(), word));
            return WordAudio.trimmed(Files.readAllBytes(wav));
        } finally {
            Files.deleteIfExists(wav);
        }
    }

    private static byte[] run(List<String> command) throws IOException {
        try {
            ToolResult result = ToolProcess.of(command).timeLimit(Duration.ofSeconds(20)).run();
            if (!result.succeeded()) {
                throw new IOException("espeak-ng failed: " + command);
            }
            return result.stdout();
        } catch (ToolProcessException e) {
            throw new IOException("espeak-ng failed: " + command, e);
        }
    }

    /** One word's samples without the silence eSpeak puts around it. */
    private record WordAudio(float[] samples, int rate) {

        static WordAudio trimmed(byte[] wav) {
            ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
            int rate = b.getInt(24);
            float[] all = new float[(wav.length - 44) / 2];
            for (int i = 0; i < all.length; i++) {
                all[i] = b.getShort(44 + 2 * i) / 32768f;
            }
            float peak = 0;
            for (float s : all) {
                peak = Math.max(peak, Math.abs(s));
            }
            int first = 0;
            int last = all.length - 1;
            while (first < all.length && Math.abs(all[first]) < 0.02f * peak) {
                first++;
            }
            while (last > first && Math.abs(all[last]) < 0.02f * peak) {
                last--;
            }
            return new WordAudio(java.util.Arrays.copyOfRange(all, first, Math.max(first, last + 1)), rate);
        }
    }

    /** Joins words and pauses into one recording with phone timings. */
    private static final class SentenceBuilder {
        private final List<float[]> parts = new ArrayList<>();
        private final List<PhoneTiming> phones = new ArrayList<>();
        private int rate;
        private int length;

        void add(float[] samples, int sampleRate, List<String> wordPhones) {
            rate = sampleRate;
            double start = (double) length / rate;
            double seconds = (double) samples.length / rate;
            double total = wordPhones.stream().mapToDouble(EspeakPhonemes::relativeLength).sum();
            double at = start;
            for (String phone : wordPhones) {
                double d = seconds * EspeakPhonemes.relativeLength(phone) / total;
                phones.add(new PhoneTiming(phone, at, at + d));
                at += d;
            }
            parts.add(samples);
            length += samples.length;
        }

        void pause(double seconds) {
            if (rate == 0) {
                return;
            }
            float[] silence = new float[(int) (seconds * rate)];
            phones.add(new PhoneTiming("_", (double) length / rate, (double) (length + silence.length) / rate));
            parts.add(silence);
            length += silence.length;
        }

        Optional<LabelledSpeech> build() {
            if (length == 0) {
                return Optional.empty();
            }
            float[] all = new float[length];
            int at = 0;
            for (float[] p : parts) {
                System.arraycopy(p, 0, all, at, p.length);
                at += p.length;
            }
            return Optional.of(new LabelledSpeech(all, rate, phones));
        }
    }
}
