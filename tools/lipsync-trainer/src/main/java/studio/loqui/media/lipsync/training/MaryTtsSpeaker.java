package studio.loqui.media.lipsync.training;

import marytts.LocalMaryInterface;
import marytts.exceptions.MaryConfigurationException;
import marytts.exceptions.SynthesisException;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Speaks a sentence with embedded MaryTTS and reads back the phone durations it realised. */
public final class MaryTtsSpeaker {

    private static final String VOICE = "cmu-slt-hsmm";
    private static final double TIMING_TOLERANCE_SECONDS = 0.12;

    private final LocalMaryInterface mary;

    public MaryTtsSpeaker() throws MaryConfigurationException {
        mary = new LocalMaryInterface();
        mary.setVoice(VOICE);
    }

    /** Empty when MaryTTS's timings do not add up to its audio, which happens around some pauses. */
    public Optional<LabelledSpeech> speak(String sentence) throws SynthesisException, IOException {
        mary.setOutputType("AUDIO");
        AudioInputStream audio = mary.generateAudio(sentence);
        float[] samples = toFloats(audio);
        int rate = (int) audio.getFormat().getSampleRate();
        mary.setOutputType("REALISED_DURATIONS");
        List<PhoneTiming> phones = parseDurations(mary.generateText(sentence));
        double spoken = phones.isEmpty() ? 0 : phones.get(phones.size() - 1).end();
        if (Math.abs(spoken - (double) samples.length / rate) > TIMING_TOLERANCE_SECONDS) {
            return Optional.empty();
        }
        return Optional.of(new LabelledSpeech(samples, rate, phones));
    }

    // Lines after the "#" header read "<end time> <f0> <phone>".
    static List<PhoneTiming> parseDurations(String text) {
        List<PhoneTiming> phones = new ArrayList<>();
        double start = 0;
        for (String line : text.split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length < 3 || parts[0].startsWith("#")) {
                continue;
            }
            double end = Double.parseDouble(parts[0]);
            phones.add(new PhoneTiming(parts[2], start, end));
            start = end;
        }
        return phones;
    }

    private static float[] toFloats(AudioInputStream audio) throws IOException {
        AudioFormat format = audio.getFormat();
        if (format.getSampleSizeInBits() != 16 || format.getChannels() != 1 || format.isBigEndian()) {
            throw new IOException("unexpected MaryTTS audio format " + format);
        }
        byte[] bytes = readFully(audio);
        float[] samples = new float[bytes.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((bytes[2 * i] & 0xFF) | (bytes[2 * i + 1] << 8)) / 32768f;
        }
        return samples;
    }

    // AudioInputStream.readAllBytes stops after its first buffer on MaryTTS streams.
    private static byte[] readFully(AudioInputStream audio) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = audio.read(buffer, 0, buffer.length)) >= 0; ) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
