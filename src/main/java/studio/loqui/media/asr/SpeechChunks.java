package studio.loqui.media.asr;

import studio.loqui.media.audio.PcmAudio;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts long speech into pieces of at most {@link #MAX_SECONDS}, each cut at the quietest 20 ms between
 * {@link #MIN_SECONDS} and {@link #MAX_SECONDS} into the piece: a pause between words, so no word is split and
 * the recogniser's time and memory per call stay bounded whatever the length of the recording.
 */
public final class SpeechChunks {

    public static final double MIN_SECONDS = 20;
    public static final double MAX_SECONDS = 30;
    private static final double FRAME_SECONDS = 0.020;

    /** A piece of the recording and where it starts in it. */
    public record Chunk(double offsetSeconds, PcmAudio audio) {
    }

    private SpeechChunks() {
    }

    public static List<Chunk> split(PcmAudio audio) {
        List<Chunk> chunks = new ArrayList<>();
        double start = 0;
        double total = audio.durationSeconds();
        while (total - start > MAX_SECONDS) {
            double cut = quietestPoint(audio, start + MIN_SECONDS, start + MAX_SECONDS);
            chunks.add(new Chunk(start, audio.slice(start, cut)));
            start = cut;
        }
        chunks.add(new Chunk(start, audio.slice(start, total)));
        return chunks;
    }

    private static double quietestPoint(PcmAudio audio, double from, double to) {
        int frame = (int) Math.round(FRAME_SECONDS * audio.sampleRate());
        int first = (int) Math.round(from * audio.sampleRate());
        int last = (int) Math.round(to * audio.sampleRate()) - frame;
        int best = first;
        double bestEnergy = Double.MAX_VALUE;
        float[] x = audio.samples();
        for (int i = first; i <= last; i += frame / 2) {
            double energy = 0;
            for (int j = i; j < i + frame; j++) {
                energy += x[j] * x[j];
            }
            if (energy < bestEnergy) {
                bestEnergy = energy;
                best = i;
            }
        }
        return (best + frame / 2) / (double) audio.sampleRate();
    }
}
