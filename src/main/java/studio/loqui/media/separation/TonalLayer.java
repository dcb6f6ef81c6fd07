package studio.loqui.media.separation;

import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.OverlapAdd;
import studio.loqui.media.dsp.RealFft;
import studio.loqui.media.dsp.Windows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The steady partials of a recording: spectral peaks of a long-window STFT that keep their phase-vocoder
 * frequency within {@link #FREQUENCY_TOLERANCE_HZ} and their magnitude within a ratio of {@link #MAGNITUDE_RATIO}
 * from frame to frame for at least {@link #STEADY_SECONDS}. Held notes, chords, hum and drones are such partials;
 * a voice's harmonics glide with its intonation and are not. Single bins whose own frequency and magnitude hold so
 * long are kept too: a note next to a louder harmonic is no peak, but its bins still turn at the note's rate. Speech
 * removal sets this layer aside, so that a speaker's harmonics crossing a note cannot pull the note down with them.
 */
final class TonalLayer {

    static final double FRAME_SECONDS = 0.256;
    static final int OVERLAP = 8;
    static final double FREQUENCY_TOLERANCE_HZ = 5.0;
    static final double MAGNITUDE_RATIO = 4.0;
    static final double STEADY_SECONDS = 0.5;
    /** Bins kept either side of a steady peak: the Hann window's main lobe and a little of its first side lobe. */
    static final int LOBE = 3;
    /** Peaks further than this below the loudest of their frame are not followed. */
    private static final double DYNAMIC_RANGE = 1e-4;

    private TonalLayer() {
    }

    /** The steady partials of {@code audio}, a recording of the same length and rate. */
    static float[] of(PcmAudio audio) {
        int size = Integer.highestOneBit((int) Math.round(FRAME_SECONDS * audio.sampleRate()));
        int hop = size / OVERLAP;
        RealFft fft = new RealFft(size);
        float[] window = Windows.hann(size);
        float[] x = audio.samples();
        int frames = x.length / hop + 1;
        float[][] spectra = new float[frames][];
        List<Peak>[] peaks = peaksPerFrame(frames);
        for (int f = 0; f < frames; f++) {
            spectra[f] = fft.frame(x, f * hop - size / 2, window);
            fft.forward(spectra[f]);
            peaks[f] = peaks(f, spectra[f], f == 0 ? null : spectra[f - 1], size, hop, audio.sampleRate());
        }
        int reach = (int) Math.ceil(FREQUENCY_TOLERANCE_HZ * size / audio.sampleRate()) + 1;
        int steadyFrames = (int) Math.ceil(STEADY_SECONDS * audio.sampleRate() / hop) + 1;
        boolean[][] keep = new boolean[frames][size / 2 + 1];
        for (List<Peak> track : link(peaks, size / 2 + 1, reach)) {
            markSteady(track, steadyFrames, keep);
        }
        markSteadyBins(spectra, size, hop, audio.sampleRate(), steadyFrames, keep);
        return resynthesised(spectra, keep, fft, window, hop, x.length);
    }

    @SuppressWarnings("unchecked")
    private static List<Peak>[] peaksPerFrame(int frames) {
        return new List[frames];
    }

    private record Peak(int frame, int bin, double frequency, double magnitude) {
    }

    /**
     * Keeps the lobes of every peak of a track that lies in a stretch of {@code steadyFrames} frames over which the
     * track's frequency spans at most the tolerance and its magnitude at most the ratio.
     */
    private static void markSteady(List<Peak> track, int steadyFrames, boolean[][] keep) {
        if (track.size() < steadyFrames) {
            return;
        }
        float[] frequency = new float[track.size()];
        float[] magnitude = new float[track.size()];
        for (int i = 0; i < frequency.length; i++) {
            frequency[i] = (float) track.get(i).frequency;
            magnitude[i] = (float) track.get(i).magnitude;
        }
        boolean[] steady = SteadyWindows.of(frequency, magnitude, 0, frequency.length, steadyFrames,
                FREQUENCY_TOLERANCE_HZ, MAGNITUDE_RATIO);
        for (int i = 0; i < steady.length; i++) {
            if (steady[i]) {
                Peak p = track.get(i);
                boolean[] bins = keep[p.frame];
                for (int k = Math.max(0, p.bin - LOBE); k <= Math.min(bins.length - 1, p.bin + LOBE); k++) {
                    bins[k] = true;
                }
            }
        }
    }

    /** Local maxima of one frame, each with its frequency from the phase advance since the previous frame. */
    private static List<Peak> peaks(int frame, float[] spectrum, float[] previous, int size, int hop, int rate) {
        int half = size / 2;
        double[] magnitude = new double[half];
        double loudest = 0;
        for (int k = 1; k < half; k++) {
            magnitude[k] = Math.sqrt(spectrum[2 * k] * spectrum[2 * k] + spectrum[2 * k + 1] * spectrum[2 * k + 1]);
            loudest = Math.max(loudest, magnitude[k]);
        }
        List<Peak> out = new ArrayList<>();
        if (previous == null || loudest <= 0) {
            return out;
        }
        for (int k = 2; k < half - 2; k++) {
            if (magnitude[k] > DYNAMIC_RANGE * loudest && isPeak(magnitude, k)) {
                double advance = Math.atan2(spectrum[2 * k + 1], spectrum[2 * k])
                        - Math.atan2(previous[2 * k + 1], previous[2 * k]);
                double expected = 2 * Math.PI * k * hop / size;
                double deviation = wrapped(advance - expected);
                double cyclesPerSample = k / (double) size + deviation / (2 * Math.PI * hop);
                out.add(new Peak(frame, k, cyclesPerSample * rate, magnitude[k]));
            }
        }
        return out;
    }

    /**
     * Every bin whose own phase-vocoder frequency and magnitude hold over a stretch of {@code steadyFrames}: this
     * finds a note's bins where a louder neighbour (a voice's harmonic passing by) keeps them from being a peak.
     */
    private static void markSteadyBins(float[][] spectra, int size, int hop, int rate, int steadyFrames,
                                       boolean[][] keep) {
        int frames = spectra.length;
        int bins = size / 2;
        float[][] frequency = new float[bins][frames];
        float[][] power = new float[bins][frames];
        for (int f = 1; f < frames; f++) {
            float[] now = spectra[f];
            float[] before = spectra[f - 1];
            for (int k = 1; k < bins; k++) {
                float re = now[2 * k], im = now[2 * k + 1], pre = before[2 * k], pim = before[2 * k + 1];
                power[k][f] = re * re + im * im;
                double advance = Math.atan2(im * pre - re * pim, re * pre + im * pim);
                double expected = 2 * Math.PI * k * hop / size;
                frequency[k][f] = (float) ((k / (double) size + wrapped(advance - expected) / (2 * Math.PI * hop)) * rate);
            }
        }
        for (int k = 1; k < bins; k++) {
            int runStart = 1;
            for (int f = 2; f <= frames; f++) {
                if (f == frames || Math.abs(frequency[k][f] - frequency[k][f - 1]) > FREQUENCY_TOLERANCE_HZ) {
                    markSteadyWindows(frequency[k], power[k], runStart, f, steadyFrames, k, keep);
                    runStart = f;
                }
            }
        }
    }

    private static void markSteadyWindows(float[] frequency, float[] power, int from, int to, int steadyFrames,
                                          int k, boolean[][] keep) {
        boolean[] steady = SteadyWindows.of(frequency, power, from, to, steadyFrames, FREQUENCY_TOLERANCE_HZ,
                MAGNITUDE_RATIO * MAGNITUDE_RATIO);
        for (int i = 0; i < steady.length; i++) {
            if (steady[i]) {
                keep[from + i][k] = true;
            }
        }
    }

    private static boolean isPeak(double[] magnitude, int k) {
        return magnitude[k] > magnitude[k - 1] && magnitude[k] >= magnitude[k + 1];
    }

    private static double wrapped(double phase) {
        return phase - 2 * Math.PI * Math.rint(phase / (2 * Math.PI));
    }

    /** Joins each peak to the nearest-frequency peak of the frame before when it is close in frequency and magnitude. */
    private static List<List<Peak>> link(List<Peak>[] peaks, int bins, int reach) {
        List<List<Peak>> tracks = new ArrayList<>();
        int[] trackAtBin = new int[bins];
        int[] previousTrackAtBin = new int[bins];
        Arrays.fill(previousTrackAtBin, -1);
        for (List<Peak> frame : peaks) {
            Arrays.fill(trackAtBin, -1);
            for (Peak p : frame) {
                int track = nearest(tracks, previousTrackAtBin, reach, p);
                if (track < 0) {
                    tracks.add(new ArrayList<>());
                    track = tracks.size() - 1;
                } else {
                    previousTrackAtBin[tracks.get(track).get(tracks.get(track).size() - 1).bin] = -1;
                }
                tracks.get(track).add(p);
                trackAtBin[p.bin] = track;
            }
            int[] swap = previousTrackAtBin;
            previousTrackAtBin = trackAtBin;
            trackAtBin = swap;
        }
        return tracks;
    }

    private static int nearest(List<List<Peak>> tracks, int[] trackAtBin, int reach, Peak p) {
        int best = -1;
        double bestDistance = FREQUENCY_TOLERANCE_HZ;
        for (int k = Math.max(0, p.bin - reach); k <= Math.min(trackAtBin.length - 1, p.bin + reach); k++) {
            if (trackAtBin[k] < 0) {
                continue;
            }
            List<Peak> track = tracks.get(trackAtBin[k]);
            Peak q = track.get(track.size() - 1);
            double distance = Math.abs(q.frequency - p.frequency);
            double ratio = Math.max(q.magnitude, p.magnitude) / Math.min(q.magnitude, p.magnitude);
            if (distance <= bestDistance && ratio <= MAGNITUDE_RATIO) {
                best = trackAtBin[k];
                bestDistance = distance;
            }
        }
        return best;
    }

    private static float[] resynthesised(float[][] spectra, boolean[][] keep, RealFft fft, float[] window, int hop,
                                         int length) {
        OverlapAdd layer = new OverlapAdd(length, window);
        float[] gain = new float[window.length / 2 + 1];
        for (int f = 0; f < spectra.length; f++) {
            for (int k = 0; k < gain.length; k++) {
                gain[k] = keep[f][k] ? 1 : 0;
            }
            fft.applyGain(spectra[f], gain);
            fft.inverse(spectra[f]);
            layer.add(spectra[f], f * hop - window.length / 2);
        }
        return layer.result(1e-6f);
    }
}
