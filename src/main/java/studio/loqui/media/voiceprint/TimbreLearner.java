package studio.loqui.media.voiceprint;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.asr.Transcript;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.MelFilterBank;
import studio.loqui.media.dsp.SpectralAnalyzer;
import studio.loqui.media.tts.SpeechSynthesizer;
import studio.loqui.media.tts.SynthesisRequest;
import studio.loqui.media.tts.SynthesizerChooser;
import studio.loqui.media.tts.VoiceOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Learns a {@link TimbreMapping} from a voice's samples and what was heard in them: the engine says
 * the heard words at the speaker's pitch, dynamic time warping on (per-recording normalised)
 * mel-cepstra pairs the engine's speech frames with the speaker's, the engine's frames are grouped
 * into {@link #CLASSES} classes (k-means), and each class learns the speaker's mean log mel energy
 * minus the engine's. Samples too short, without words, or whose words do not match what the engine
 * says fall back to {@link TimbreMapping#GLOBAL}, saying why.
 */
@ApplicationScoped
public class TimbreLearner {

    /** A sample and the recogniser's words in it. */
    public record HeardSample(PcmAudio audio, Transcript heard) {
    }

    static final int CLASSES = 8;
    static final int MIN_WORDS = 6;
    /**
     * Aligned speech needed in all: shorter, the per-class means scatter more than the global equaliser errs. Set
     * from the panel (CloneDistinctivenessTest): 4.2 s of the card reader learned well, 4.0 s of the ALSA voice did not.
     */
    static final double MIN_SPEECH_SECONDS = 4.1;
    static final double MIN_SAMPLE_SECONDS = 2;
    /** Speech used per sample; more costs time (alignment is quadratic) and adds little. */
    static final double MAX_SECONDS_PER_SAMPLE = 40;
    /**
     * Mean normalised cepstral distance of aligned frames above which the sample is not taken as saying its
     * words. A coarse guard only: on the test speakers right words aligned at 3.0-4.4 and words of another
     * sentence at 3.7-4.4, so it cannot tell a wrong transcript from a right one; the recogniser's word
     * confidences do most of that.
     */
    static final double MAX_ALIGNED_DISTANCE = 4.8;
    /** Pairs a class needs before its own mean outweighs the overall mean. */
    private static final double SHRINK_PAIRS = 30;
    /** A band this far (natural log, 55 dB) under the loudest band carries no signal: a phone line's top. */
    private static final double BAND_FLOOR = Math.log(Math.pow(10, 5.5));
    private static final double MAX_CORRECTION = Math.log(Math.pow(10, 1.8));
    private static final String ENGLISH = "en";

    private final SynthesizerChooser synthesizers;

    public TimbreLearner(SynthesizerChooser synthesizers) {
        this.synthesizers = synthesizers;
    }

    public TimbreMapping learn(List<HeardSample> samples, VoiceProfileData profile) {
        SpeechSynthesizer engine = synthesizers.choose(ENGLISH).orElse(null);
        if (engine == null || !engine.followsPitchTarget()) {
            return TimbreMapping.global("no synthesis engine here speaks at a given pitch to learn against");
        }
        List<double[]> engineCepstra = new ArrayList<>();
        List<double[]> differences = new ArrayList<>();
        List<double[]> speakerLogMel = new ArrayList<>();
        String problem = "no sample had recognisable words";
        for (HeardSample sample : samples) {
            String why = pair(engine, sample, profile, engineCepstra, differences, speakerLogMel);
            problem = why == null ? problem : why;
        }
        double seconds = differences.size() * MelFrames.HOP / (double) VoiceAnalyzer.ANALYSIS_RATE;
        if (differences.isEmpty()) {
            return TimbreMapping.global(problem);
        }
        if (seconds < MIN_SPEECH_SECONDS) {
            return TimbreMapping.global(String.format(Locale.ROOT, "too little speech matched to its words (%.1f s, "
                    + "at least %.1f s needed)", seconds, MIN_SPEECH_SECONDS));
        }
        return fit(engineCepstra, differences, bandTopHz(speakerLogMel), seconds);
    }

    /** Adds one sample's aligned frame pairs; returns why it gave none, or null. */
    private String pair(SpeechSynthesizer engine, HeardSample sample, VoiceProfileData profile,
                        List<double[]> engineCepstra, List<double[]> differences, List<double[]> speakerLogMel) {
        List<Transcript.Word> words = usable(sample.heard());
        if (words.size() < MIN_WORDS) {
            return "too few recognised words (" + words.size() + ", at least " + MIN_WORDS + " needed)";
        }
        double start = Math.max(0, words.get(0).startSeconds() - 0.1);
        double end = Math.min(sample.audio().durationSeconds(), words.get(words.size() - 1).endSeconds() + 0.1);
        if (end - start < MIN_SAMPLE_SECONDS) {
            return String.format(Locale.ROOT, "too little speech (%.1f s, at least %.1f s needed)", end - start,
                    MIN_SAMPLE_SECONDS);
        }
        String text = String.join(" ", words.stream().map(Transcript.Word::word).toList());
        PcmAudio said = engine.synthesize(new SynthesisRequest(text, ENGLISH,
                new VoiceOptions(null, null, 1.0, ConversionPlan.pitchTarget(profile)), false)).audio();
        MelFrames speaker = MelFrames.of(sample.audio().slice(start, end));
        MelFrames spoken = MelFrames.of(said);
        int[] s = speaker.speech();
        int[] e = spoken.speech();
        double ratio = e.length / (double) Math.max(1, s.length);
        if (ratio < 0.4 || ratio > 2.5) {
            return "the recognised words do not fit the sample's speech (the engine took " + Math.round(100 * ratio)
                    + " % of its time to say them)";
        }
        int[][] path = Dtw.align(normalised(spoken.cepstra(), e), normalised(speaker.cepstra(), s));
        double mean = meanDistance(path, normalised(spoken.cepstra(), e), normalised(speaker.cepstra(), s));
        if (mean > MAX_ALIGNED_DISTANCE) {
            return String.format(Locale.ROOT, "the sample does not sound like its recognised words (aligned "
                    + "distance %.1f, at most %.1f)", mean, MAX_ALIGNED_DISTANCE);
        }
        for (int[] p : path) {
            double[] engineMel = spoken.logMel()[e[p[0]]];
            double[] speakerMel = speaker.logMel()[s[p[1]]];
            double[] d = new double[engineMel.length];
            for (int b = 0; b < d.length; b++) {
                d[b] = speakerMel[b] - engineMel[b];
            }
            engineCepstra.add(spoken.cepstra()[e[p[0]]]);
            differences.add(d);
            speakerLogMel.add(speakerMel);
        }
        return null;
    }

    /** Confident words within the first {@link #MAX_SECONDS_PER_SAMPLE} seconds of speech. */
    private static List<Transcript.Word> usable(Transcript heard) {
        List<Transcript.Word> out = new ArrayList<>();
        if (heard == null || heard.words() == null) {
            return out;
        }
        for (Transcript.Word w : heard.words()) {
            if (!out.isEmpty() && w.endSeconds() - out.get(0).startSeconds() > MAX_SECONDS_PER_SAMPLE) {
                break;
            }
            if (w.word() != null && !w.word().isBlank() && w.confidence() >= 0.5) {
                out.add(w);
            }
        }
        return out;
    }

    private static double[][] normalised(double[][] cepstra, int[] frames) {
        int dims = cepstra[0].length;
        double[] mean = new double[dims];
        double[] var = new double[dims];
        for (int f : frames) {
            for (int k = 0; k < dims; k++) {
                mean[k] += cepstra[f][k] / frames.length;
            }
        }
        for (int f : frames) {
            for (int k = 0; k < dims; k++) {
                var[k] += Math.pow(cepstra[f][k] - mean[k], 2) / frames.length;
            }
        }
        double[][] out = new double[frames.length][dims];
        for (int i = 0; i < frames.length; i++) {
            for (int k = 0; k < dims; k++) {
                out[i][k] = (cepstra[frames[i]][k] - mean[k]) / Math.sqrt(var[k] + 1e-9);
            }
        }
        return out;
    }

    private static double meanDistance(int[][] path, double[][] a, double[][] b) {
        double sum = 0;
        for (int[] p : path) {
            sum += Dtw.distance(a[p[0]], b[p[1]]);
        }
        return sum / path.length;
    }

    /** The centre of the highest mel band that carries signal in the speaker's frames. */
    private static double bandTopHz(List<double[]> speakerLogMel) {
        int bands = SpectralAnalyzer.MEL_BANDS;
        double[] mean = new double[bands];
        for (double[] frame : speakerLogMel) {
            for (int b = 0; b < bands; b++) {
                mean[b] += frame[b] / speakerLogMel.size();
            }
        }
        double loudest = Double.NEGATIVE_INFINITY;
        for (double m : mean) {
            loudest = Math.max(loudest, m);
        }
        int top = 0;
        for (int b = 0; b < bands; b++) {
            if (mean[b] > loudest - BAND_FLOOR) {
                top = b;
            }
        }
        return bandCentreHz(top);
    }

    static double bandCentreHz(int band) {
        double low = MelFilterBank.mel(60);
        double high = MelFilterBank.mel(Math.min(7600, VoiceAnalyzer.ANALYSIS_RATE / 2.0));
        return MelFilterBank.hz(low + (high - low) * (band + 1) / (SpectralAnalyzer.MEL_BANDS + 1));
    }

    private static TimbreMapping fit(List<double[]> engineCepstra, List<double[]> differences, double bandTopHz,
                                     double seconds) {
        double[][] x = engineCepstra.toArray(new double[0][]);
        double[][] centroids = KMeans.fit(x, CLASSES, new SplittableRandom(13));
        int[] label = KMeans.assign(x, centroids);
        int bands = differences.get(0).length;
        double[] overall = new double[bands];
        double[][] sums = new double[centroids.length][bands];
        int[] counts = new int[centroids.length];
        double spread = 0;
        for (int i = 0; i < x.length; i++) {
            counts[label[i]]++;
            spread += Math.pow(Dtw.distance(x[i], centroids[label[i]]), 2) / x.length;
            for (int b = 0; b < bands; b++) {
                sums[label[i]][b] += differences.get(i)[b];
                overall[b] += differences.get(i)[b] / x.length;
            }
        }
        double level = inBandMean(overall, bandTopHz);
        double[][] corrections = new double[centroids.length][bands];
        for (int k = 0; k < centroids.length; k++) {
            for (int b = 0; b < bands; b++) {
                double shrunk = (sums[k][b] + SHRINK_PAIRS * overall[b]) / (counts[k] + SHRINK_PAIRS);
                corrections[k][b] = bandCentreHz(b) > bandTopHz ? 0
                        : Math.max(-MAX_CORRECTION, Math.min(MAX_CORRECTION, shrunk - level));
            }
        }
        return new TimbreMapping(TimbreMapping.LEARNED, null, seconds, centroids, corrections, spread, bandTopHz);
    }

    private static double inBandMean(double[] v, double bandTopHz) {
        double sum = 0;
        int n = 0;
        for (int b = 0; b < v.length; b++) {
            if (bandCentreHz(b) <= bandTopHz) {
                sum += v[b];
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}
