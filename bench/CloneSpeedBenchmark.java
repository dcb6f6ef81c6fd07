import studio.loqui.media.asr.Transcript;
import studio.loqui.media.asr.VoskRecognizer;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.media.tts.MaryTtsSynthesizer;
import studio.loqui.media.tts.SynthesizerChooser;
import studio.loqui.media.voiceprint.TimbreLearner;
import studio.loqui.media.voiceprint.VoiceAnalyzer;
import studio.loqui.media.voiceprint.VoiceCloner;
import studio.loqui.media.voiceprint.VoiceConverter;
import studio.loqui.media.voiceprint.VoiceProfileData;
import studio.loqui.media.voiceprint.SpeakerSimilarity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Issue 13's speed bars, median of 5 after 2 warm-up runs:
 * (1) learning a voice from two samples of the LibriVox reader (pocketsphinx-testdata 0870 + 0890 + 0920: 18.5 s),
 *     hearing each with Vosk, measuring all, learning the timbre from all;
 * (2) cloned synthesis in that learned voice without hearing it back (no recogniser; the similarity score is still computed): MaryTTS at the
 *     voice's pitch, then the conversion with the per-frame timbre correction; real-time factor = time / audio.
 * Run with bench/run-clone-speed-bench.sh.
 */
public class CloneSpeedBenchmark {

    private static final Path LIBRIVOX = Path.of("/usr/share/pocketsphinx/test/data/librivox");
    private static final String TEXT = "When the sunlight strikes raindrops in the air, they act as a prism and form a "
            + "rainbow. The rainbow is a division of white light into many beautiful colours. These take the shape of "
            + "a long round arch, with its path high above, and its two ends apparently beyond the horizon.";

    public static void main(String[] args) {
        AudioDecoder decoder = new AudioDecoder(new FFmpegBinaries());
        List<PcmAudio> samples = new ArrayList<>();
        for (String name : List.of("0870", "0890", "0920")) {
            samples.add(decoder.decode(LIBRIVOX.resolve("sense_and_sensibility_01_austen_64kb-" + name + ".wav"),
                    VoiceAnalyzer.ANALYSIS_RATE));
        }
        VoskRecognizer vosk = new VoskRecognizer();
        vosk.preload();
        VoiceAnalyzer analyzer = new VoiceAnalyzer();
        MaryTtsSynthesizer mary = new MaryTtsSynthesizer();
        TimbreLearner learner = new TimbreLearner(new SynthesizerChooser(List.of(mary)));
        double seconds = samples.stream().mapToDouble(PcmAudio::durationSeconds).sum();
        double[] learnTimes = new double[5];
        VoiceProfileData voice = null;
        for (int i = 0; i < 7; i++) {
            long t0 = System.nanoTime();
            List<TimbreLearner.HeardSample> heard = new ArrayList<>();
            for (PcmAudio s : samples) {
                Transcript words = vosk.recognize(s, "en");
                heard.add(new TimbreLearner.HeardSample(s, words));
            }
            VoiceProfileData measured = analyzer.analyze(concat(samples));
            voice = measured.withTimbre(learner.learn(heard, measured));
            if (i >= 2) {
                learnTimes[i - 2] = (System.nanoTime() - t0) / 1e9;
            }
        }
        Arrays.sort(learnTimes);
        System.out.printf(Locale.ROOT, "learning from %d samples, %.1f s: %s; median %.2f s%n", samples.size(), seconds,
                voice.timbre().learned() ? "learned from " + voice.timbre().parallelSeconds() + " s" : voice.timbre().reason(),
                learnTimes[2]);

        VoiceCloner cloner = new VoiceCloner(new SynthesizerChooser(List.of(mary)), new VoiceConverter(analyzer),
                new SpeakerSimilarity(analyzer), List.of());
        double[] rtf = new double[5];
        double[] cpuRtf = new double[5];
        double audioSeconds = 0;
        for (int i = 0; i < 7; i++) {
            long t0 = System.nanoTime();
            long c0 = processCpuNanos();
            PcmAudio out = cloner.speak(TEXT, "en", voice).audio();
            double took = (System.nanoTime() - t0) / 1e9;
            double cpu = (processCpuNanos() - c0) / 1e9;
            audioSeconds = out.durationSeconds();
            if (i >= 2) {
                rtf[i - 2] = took / audioSeconds;
                cpuRtf[i - 2] = cpu / audioSeconds;
            }
        }
        Arrays.sort(rtf);
        Arrays.sort(cpuRtf);
        System.out.printf(Locale.ROOT, "cloned synthesis without hearing it back: %.1f s of audio, wall RTF median %.4f "
                + "(min %.4f, max %.4f), CPU RTF median %.4f (min %.4f)%n", audioSeconds, rtf[2], rtf[0], rtf[4],
                cpuRtf[2], cpuRtf[0]);
    }

    /** CPU time of the whole process, all threads: wall time on a shared machine counts the neighbours too. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static PcmAudio concat(List<PcmAudio> parts) {
        int n = parts.stream().mapToInt(PcmAudio::length).sum();
        float[] out = new float[n];
        int at = 0;
        for (PcmAudio p : parts) {
            System.arraycopy(p.samples(), 0, out, at, p.length());
            at += p.length();
        }
        return new PcmAudio(out, parts.get(0).sampleRate());
    }
}
