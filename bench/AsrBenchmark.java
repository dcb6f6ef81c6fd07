import studio.loqui.media.asr.PocketSphinxRecognizer;
import studio.loqui.media.asr.SpeechRecognizer;
import studio.loqui.media.asr.VoskRecognizer;
import studio.loqui.media.asr.WordErrorRate;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.ffmpeg.FFmpegBinaries;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speech recognition engines on real read speech (the LibriVox clips of Debian's pocketsphinx-testdata,
 * from ../shared/testdata/voices where they are there): the load time of Vosk's native library and of its model
 * and the process's resident memory before and after, then for Vosk and PocketSphinx in the same run the real-time factor
 * (processing time / audio time, over all clips, median of RUNS passes after one warm-up) and the word
 * error rate. Wall time suffers from other work on the machine; CPU time (this process and its children)
 * less so. PocketSphinx runs as a command, so its time includes loading its model on every call.
 * Run with bench/run-asr-bench.sh.
 */
public class AsrBenchmark {

    static final Path LIBRIVOX = Path.of("/usr/share/pocketsphinx/test/data/librivox");
    static final Pattern LINE = Pattern.compile("<s> (.*) </s> \\((.*-(\\d{4}))\\)");
    static final int RUNS = 5;

    record Clip(PcmAudio audio, String reference) {
    }

    public static void main(String[] args) throws Exception {
        Path voices = Path.of(args.length > 0 ? args[0] : "../shared/testdata/voices");
        if (!Files.isDirectory(voices)) {
            voices = Path.of("/work/shared/testdata/voices");
        }
        List<Clip> clips = clips(voices, new AudioDecoder(new FFmpegBinaries()));
        double seconds = clips.stream().mapToDouble(c -> c.audio().durationSeconds()).sum();
        System.out.printf(Locale.ROOT, "clips: %d, %.1f s of speech; %d cores%n", clips.size(), seconds,
                Runtime.getRuntime().availableProcessors());
        System.gc();
        long rssBefore = rssKiB();
        VoskRecognizer vosk = new VoskRecognizer();
        long t0 = System.nanoTime();
        boolean available = vosk.available();
        long t1 = System.nanoTime();
        vosk.preload();
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "Vosk native library load (JNA extracts it from the jar): %.2f s, available %s%n",
                (t1 - t0) / 1e9, available);
        System.out.printf(Locale.ROOT, "Vosk model load: %.2f s; RSS %d MiB before, %d MiB with the model loaded%n",
                (t2 - t1) / 1e9, rssBefore / 1024, rssKiB() / 1024);
        System.out.println(vosk.detail());
        measure(vosk, clips, seconds);
        System.out.printf(Locale.ROOT, "RSS after the Vosk runs: %d MiB%n", rssKiB() / 1024);
        measure(new PocketSphinxRecognizer(), clips, seconds);
    }

    static void measure(SpeechRecognizer engine, List<Clip> clips, double seconds) throws Exception {
        double[] rtf = new double[RUNS];
        double[] cpuRtf = new double[RUNS];
        int errors = 0;
        int words = 0;
        for (int run = -1; run < RUNS; run++) {
            long t0 = System.nanoTime();
            double cpu0 = cpuSeconds();
            for (Clip clip : clips) {
                String heard = engine.recognize(clip.audio(), "en").text();
                if (run == 0) {
                    WordErrorRate.Result r = WordErrorRate.compute(clip.reference(), heard);
                    errors += r.errors();
                    words += r.referenceWords();
                }
            }
            if (run < 0) {
                System.out.printf(Locale.ROOT, "%-13s first pass (recognisers not yet warm): RTF wall %.4f%n",
                        engine.name(), (System.nanoTime() - t0) / 1e9 / seconds);
            } else {
                rtf[run] = (System.nanoTime() - t0) / 1e9 / seconds;
                cpuRtf[run] = (cpuSeconds() - cpu0) / seconds;
            }
        }
        java.util.Arrays.sort(rtf);
        java.util.Arrays.sort(cpuRtf);
        System.out.printf(Locale.ROOT, "%-13s RTF wall median %.4f (min %.4f, max %.4f), CPU median %.4f (min %.4f); "
                        + "%d passes after 1 warm-up; WER %.3f (%d/%d)%n", engine.name(), rtf[RUNS / 2], rtf[0],
                rtf[RUNS - 1], cpuRtf[RUNS / 2], cpuRtf[0], RUNS, errors / (double) words, errors, words);
    }

    static List<Clip> clips(Path voices, AudioDecoder decoder) throws Exception {
        List<Clip> clips = new ArrayList<>();
        for (String line : Files.readAllLines(LIBRIVOX.resolve("transcription"))) {
            Matcher m = LINE.matcher(line.strip());
            if (m.matches()) {
                Path shared = voices.resolve("librivox-austen-" + m.group(3) + ".wav");
                Path file = Files.isRegularFile(shared) ? shared : LIBRIVOX.resolve(m.group(2) + ".wav");
                clips.add(new Clip(decoder.decode(file, 16000), m.group(1)));
            }
        }
        return clips;
    }

    /** CPU time of this process and of its finished child processes (PocketSphinx runs as one), from /proc. */
    static double cpuSeconds() throws Exception {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        return ticks / 100.0;
    }

    static long rssKiB() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", ""));
            }
        }
        return -1;
    }
}
