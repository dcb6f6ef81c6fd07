import studio.loqui.media.asr.SpeechSpans;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.diarize.PhraseSpeakers;
import studio.loqui.media.diarize.PhraseVoice;
import studio.loqui.media.dsp.Resampler;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.media.audio.StereoPcm;
import studio.loqui.media.separation.SpectralSpeechRemover;
import studio.loqui.media.separation.StereoSpeechRemover;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Speed of what the dub added to its pipeline, on a 60 s clip (the reader's two sentences repeated, with
 * pauses, over chords): speech removal at 32 kHz inside the speech spans (mono, and stereo with other tones on
 * the right), and the diarisation features and
 * clustering of its phrases, as real-time factors (median of 5 after 2 warm-up runs, processing time / clip
 * time). Run with bench/run-separation-bench.sh.
 */
public class SeparationBenchmark {

    static final int RATE = 32000;
    static final double SECONDS = 60;

    public static void main(String[] args) {
        Path voices = Path.of("../shared/testdata/voices");
        if (!Files.isDirectory(voices)) {
            voices = Path.of("/work/shared/testdata/voices");
        }
        AudioDecoder decoder = new AudioDecoder(new FFmpegBinaries());
        List<PcmAudio> sentences = List.of(decoder.decode(voices.resolve("librivox-austen-0870.wav"), RATE),
                decoder.decode(voices.resolve("librivox-austen-0890.wav"), RATE));
        float[] mix = new float[(int) (SECONDS * RATE)];
        List<SpeechSpans.Span> spans = new ArrayList<>();
        int at = RATE;
        for (int i = 0; at < mix.length; i++) {
            PcmAudio s = sentences.get(i % 2);
            int n = Math.min(s.length(), mix.length - at);
            System.arraycopy(s.samples(), 0, mix, at, n);
            spans.add(new SpeechSpans.Span(at / (double) RATE, (at + n) / (double) RATE));
            at += n + RATE;
        }
        for (int n = 0; n < mix.length; n++) {
            double t = n / (double) RATE;
            mix[n] += (float) (0.02 * (Math.sin(2 * Math.PI * 220 * t) + Math.sin(2 * Math.PI * 277.18 * t)));
        }
        PcmAudio clip = new PcmAudio(mix, RATE);
        float[] right = new float[mix.length];
        for (int n = 0; n < mix.length; n++) {
            double t = n / (double) RATE;
            right[n] = mix[n] - (float) (0.02 * (Math.sin(2 * Math.PI * 220 * t) + Math.sin(2 * Math.PI * 277.18 * t))
                    - 0.02 * (Math.sin(2 * Math.PI * 196 * t) + Math.sin(2 * Math.PI * 246.94 * t)));
        }
        StereoPcm stereo = new StereoPcm(clip, new PcmAudio(right, RATE));
        SpeechSpans speech = new SpeechSpans(spans);
        PcmAudio phrasesAudio = Resampler.toRate(clip, 16000);
        report("speech removal (32 kHz)", time(() -> new SpectralSpeechRemover().background(clip, speech)));
        report("stereo speech removal (32 kHz)", time(() -> new StereoSpeechRemover(new SpectralSpeechRemover())
                .background(stereo, speech)));
        report("diarisation (" + spans.size() + " phrases)", time(() -> PhraseSpeakers.labels(spans.stream()
                .map(s -> PhraseVoice.of(phrasesAudio.slice(s.start(), s.end()))).toList())));
    }

    static double[] time(Runnable work) {
        for (int i = 0; i < 2; i++) {
            work.run();
        }
        double[] rtf = new double[5];
        for (int i = 0; i < rtf.length; i++) {
            long start = System.nanoTime();
            work.run();
            rtf[i] = (System.nanoTime() - start) / 1e9 / SECONDS;
        }
        Arrays.sort(rtf);
        return rtf;
    }

    static void report(String what, double[] rtf) {
        System.out.printf(Locale.ROOT, "%-32s RTF median %.4f (min %.4f, max %.4f) on a %.0f s clip%n", what,
                rtf[rtf.length / 2], rtf[0], rtf[rtf.length - 1], SECONDS);
    }
}
