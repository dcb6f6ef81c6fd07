import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.WavFiles;
import studio.loqui.media.asr.VoskRecognizer;
import studio.loqui.media.quality.AudioMeter;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.media.tts.MaryTtsSynthesizer;
import studio.loqui.media.tts.SynthesisRequest;
import studio.loqui.media.tts.SynthesizerChooser;
import studio.loqui.media.voiceprint.SpeakerSimilarity;
import studio.loqui.media.voiceprint.VoiceAnalyzer;
import studio.loqui.media.voiceprint.VoiceCloner;
import studio.loqui.media.voiceprint.VoiceConverter;
import studio.loqui.media.voiceprint.VoiceProfileData;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Speed of the voice engines: unmodified MaryTTS, cloned synthesis as the product does it (MaryTTS
 * at the voice's pitch, then conversion and the similarity score; no recognition) and the
 * the same with the output check heard by Vosk, and the conversion alone on a 20-word sentence, as real-time factors (processing time / audio time,
 * median after warm-up); and clone analysis (decode + quality report + voice analysis) of a 30 s
 * sample. Run with bench/run-voice-bench.sh.
 */
public class VoiceBenchmark {

    static final String SENTENCE = "After the meeting ended, the tired engineers walked down to the harbour "
            + "to watch the ships sail into the evening.";
    static final int WARMUP = 5;
    static final int RUNS = 15;

    public static void main(String[] args) throws Exception {
        Path voices = Path.of(args.length > 0 ? args[0] : "../shared/testdata/voices");
        if (!Files.isDirectory(voices)) {
            voices = Path.of("/work/shared/testdata/voices");
        }
        AudioDecoder decoder = new AudioDecoder(new FFmpegBinaries());
        MaryTtsSynthesizer mary = new MaryTtsSynthesizer();
        VoiceAnalyzer analyzer = new VoiceAnalyzer();
        VoiceConverter converter = new VoiceConverter(analyzer);
        VoiceProfileData reference = analyzer.analyze(decoder.decode(voices.resolve("librivox-austen-0870.wav"), 16000));
        SynthesisRequest request = SynthesisRequest.of(SENTENCE, "en");
        PcmAudio plain = mary.synthesize(request).audio();
        System.out.printf(Locale.ROOT, "sentence: %d words, %.2f s of speech%n", SENTENCE.split(" ").length, plain.durationSeconds());
        double[] maryRtf = rtf(() -> mary.synthesize(request).audio());
        VoiceCloner cloner = new VoiceCloner(new SynthesizerChooser(List.of(mary)), converter,
                new SpeakerSimilarity(analyzer), List.of());
        double[] clonedRtf = rtf(() -> cloner.speak(SENTENCE, "en", reference).audio());
        VoskRecognizer vosk = new VoskRecognizer();
        vosk.preload();
        VoiceCloner checked = new VoiceCloner(new SynthesizerChooser(List.of(mary)), converter,
                new SpeakerSimilarity(analyzer), List.of(vosk));
        double[] checkedRtf = rtf(() -> checked.speak(SENTENCE, "en", reference).audio());
        double[] convertRtf = rtf(() -> converter.convert(plain, reference));
        report("MaryTTS unmodified", maryRtf);
        report("cloned synthesis (as shipped, no output check)", clonedRtf);
        report("cloned synthesis + Vosk output check", checkedRtf);
        report("conversion alone", convertRtf);
        analysisOf30Seconds(voices, decoder, analyzer);
    }

    /** Wall-clock real-time factors, sorted, then (last element) the median CPU real-time factor of this thread. */
    static double[] rtf(Supplier<PcmAudio> work) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] out = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            PcmAudio audio = work.get();
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (i >= WARMUP) {
                out[i - WARMUP] = seconds / audio.durationSeconds();
                cpu[i - WARMUP] = (threads.getCurrentThreadCpuTime() - c0) / 1e9 / audio.durationSeconds();
            }
        }
        Arrays.sort(out);
        Arrays.sort(cpu);
        double[] withCpu = Arrays.copyOf(out, RUNS + 1);
        withCpu[RUNS] = cpu[RUNS / 2];
        return withCpu;
    }

    static void report(String what, double[] sortedThenCpu) {
        int n = sortedThenCpu.length - 1;
        System.out.printf(Locale.ROOT, "%-42s RTF median %.4f  min %.4f  max %.4f  CPU median %.4f  (%d runs after %d warm-up)%n",
                what, sortedThenCpu[n / 2], sortedThenCpu[0], sortedThenCpu[n - 1], sortedThenCpu[n], n, WARMUP);
    }

    static void analysisOf30Seconds(Path voices, AudioDecoder decoder, VoiceAnalyzer analyzer) throws Exception {
        PcmAudio a = decoder.decode(voices.resolve("librivox-austen-0870.wav"), 16000);
        PcmAudio b = decoder.decode(voices.resolve("librivox-austen-0890.wav"), 16000);
        float[] all = new float[16000 * 30];
        for (int at = 0; at < all.length; ) {
            for (PcmAudio part : new PcmAudio[] {a, b}) {
                int n = Math.min(part.length(), all.length - at);
                System.arraycopy(part.samples(), 0, all, at, n);
                at += n;
            }
        }
        Path sample = Files.createTempFile("bench-30s-", ".wav");
        Files.write(sample, WavFiles.encode(new PcmAudio(all, 16000)));
        AudioMeter meter = new AudioMeter();
        double[] times = new double[7];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            PcmAudio decoded = decoder.decode(sample, 16000);
            meter.measure(decoded);
            analyzer.analyze(decoded);
            times[i] = (System.nanoTime() - t0) / 1e9;
        }
        Files.delete(sample);
        System.out.printf(Locale.ROOT, "clone analysis of a 30 s sample (decode + quality report + analysis): first %.2f s, "
                + "then median %.2f s%n", times[0], sorted(Arrays.copyOfRange(times, 1, times.length))[3]);
    }

    static double[] sorted(double[] v) {
        Arrays.sort(v);
        return v;
    }
}
