package studio.loqui.media.voiceprint;

import studio.loqui.media.tts.PhoneClass;
import studio.loqui.media.tts.SpeechTiming;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Learns a voice's {@link PhoneDurations} from the frames {@link TimbreLearner} aligns between the engine saying
 * a sample's heard words and the sample: each of the engine's phones spans some of its speech frames, a time
 * warp maps those to the speaker's frames (a speaker frame paired with several engine frames counts for each in
 * part), so each phone has the engine's duration and the speaker's. The warp is its own, {@link SlopedDtw}: the
 * envelope learner's favours diagonal steps, pairing most phones frame for frame (on the panel nearly every phone
 * measured a ratio of exactly 1), and an evenly weighted one parks on a few frames (most measured under 0.25). Per
 * {@link PhoneClass} the factor is the median log ratio, shrunk towards the median over all phones when the
 * class has few; the pace (the mean of those over the phones) is held within {@link #MIN_PACE}..{@link #MAX_PACE}
 * and each class's factor keeps its own ratio to it, within {@link #MIN_FACTOR}..{@link #MAX_FACTOR}. Pauses are
 * not learned: the engine says the heard words as one unpunctuated run, so it has no pauses to compare the
 * speaker's with.
 * One learner per voice being learned; not thread-safe.
 */
public final class PhoneDurationLearner {

    static final int MIN_PHONES = 30;
    /** Phones a class needs before its own median outweighs the overall one. */
    static final double SHRINK_PHONES = 10;
    static final double MIN_FACTOR = 0.6;
    static final double MAX_FACTOR = 1.6;
    /**
     * The overall duration factor at its shortest. The panel's speakers hold phones 0.6-0.8 times as long as the
     * engine; at those factors Vosk misheard clones of the panel's sentences 2-3 times as often (WER 4.2-6.3 % against
     * 2.1 %); at 0.8 the LibriVox reader's clone of 14 sentences was misheard in 12 words of 144, at 0.9 in 6.
     */
    static final double MIN_PACE = 0.85;
    static final double MAX_PACE = 1.25;
    /** A phone the engine holds for fewer speech frames than this is too short to measure. */
    private static final int MIN_ENGINE_FRAMES = 2;
    /** Ratios past this are alignment failures, not speech; they are held at it so the median still counts them. */
    private static final double MAX_PHONE_RATIO = 4;

    private static final List<PhoneClass> LEARNED = List.of(PhoneClass.VOWEL, PhoneClass.STOP, PhoneClass.FRICATIVE,
            PhoneClass.SONORANT);

    private final Map<PhoneClass, List<Double>> logRatios = new EnumMap<>(PhoneClass.class);

    /**
     * Adds one sample's phones.
     *
     * @param phones              the engine's phones, timed in its output
     * @param engineFrames        the engine's frames to align (indices of its frames)
     * @param engineFrameSeconds  the engine's frame hop
     * @param engineFeatures      per frame of {@code engineFrames}, the features to align on
     * @param speakerFrameSeconds the speaker's frame hop
     * @param speakerFeatures     per speaker frame to align, the features to align on
     */
    void add(List<SpeechTiming> phones, int[] engineFrames, double engineFrameSeconds, double[][] engineFeatures,
             double speakerFrameSeconds, double[][] speakerFeatures) {
        if (phones == null || phones.isEmpty() || engineFrames.length == 0 || speakerFeatures.length == 0) {
            return;
        }
        int[][] path = SlopedDtw.align(engineFeatures, speakerFeatures);
        if (path.length == 0) {
            return;
        }
        int[] phoneOf = phoneOfFrame(phones, engineFrames, engineFrameSeconds);
        double[] engine = new double[phones.size()];
        for (int p : phoneOf) {
            if (p >= 0) {
                engine[p]++;
            }
        }
        double[] speaker = speakerFrames(path, phoneOf, phones.size());
        int first = firstWithFrames(engine, 1);
        int last = firstWithFrames(engine, -1);
        for (int k = first + 1; k < last; k++) {
            int at = k;
            PhoneClass.of(phones.get(k).label()).filter(c -> c != PhoneClass.PAUSE && engine[at] >= MIN_ENGINE_FRAMES)
                    .ifPresent(c -> logRatios.computeIfAbsent(c, x -> new ArrayList<>()).add(logRatio(
                            speaker[at] * speakerFrameSeconds, engine[at] * engineFrameSeconds)));
        }
    }

    /** What was learned from the samples added, or the engine's durations saying why not ({@code whyNone} if none). */
    public PhoneDurations learned(String whyNone) {
        List<Double> all = new ArrayList<>();
        logRatios.values().forEach(all::addAll);
        if (all.isEmpty()) {
            return PhoneDurations.engine(whyNone);
        }
        if (all.size() < MIN_PHONES) {
            return PhoneDurations.engine(String.format(Locale.ROOT, "too few phones aligned with the engine's "
                    + "(%d, at least %d needed)", all.size(), MIN_PHONES));
        }
        double overall = median(all);
        Map<PhoneClass, Double> shrunk = new EnumMap<>(PhoneClass.class);
        double paceLog = 0;
        for (PhoneClass c : LEARNED) {
            List<Double> own = logRatios.getOrDefault(c, List.of());
            double measured = own.isEmpty() ? overall : median(own);
            shrunk.put(c, (own.size() * measured + SHRINK_PHONES * overall) / (own.size() + SHRINK_PHONES));
            paceLog += own.size() * shrunk.get(c) / all.size();
        }
        double pace = Math.max(MIN_PACE, Math.min(MAX_PACE, Math.exp(paceLog)));
        List<PhoneDurations.ClassDuration> classes = new ArrayList<>();
        for (PhoneClass c : LEARNED) {
            List<Double> own = logRatios.getOrDefault(c, List.of());
            double factor = pace * Math.exp(shrunk.get(c) - paceLog);
            double measured = Math.exp(own.isEmpty() ? overall : median(own));
            classes.add(new PhoneDurations.ClassDuration(c.name(), own.size(), measured,
                    Math.max(MIN_FACTOR, Math.min(MAX_FACTOR, factor))));
        }
        return new PhoneDurations(PhoneDurations.LEARNED, null, all.size(), classes);
    }

    /** Per aligned engine frame, the index of the phone whose span holds the frame's centre, or -1. */
    private static int[] phoneOfFrame(List<SpeechTiming> phones, int[] engineFrames, double frameSeconds) {
        int[] out = new int[engineFrames.length];
        int k = 0;
        for (int i = 0; i < engineFrames.length; i++) {
            double t = engineFrames[i] * frameSeconds;
            while (k < phones.size() && phones.get(k).endSeconds() <= t) {
                k++;
            }
            out[i] = k < phones.size() && phones.get(k).startSeconds() <= t ? k : -1;
        }
        return out;
    }

    /** Speaker frames per phone: a speaker frame paired with n engine frames gives each 1/n. */
    private static double[] speakerFrames(int[][] path, int[] phoneOf, int phones) {
        int speakerLength = path[path.length - 1][1] + 1;
        int[] pairings = new int[speakerLength];
        for (int[] p : path) {
            pairings[p[1]]++;
        }
        double[] out = new double[phones];
        for (int[] p : path) {
            if (phoneOf[p[0]] >= 0) {
                out[phoneOf[p[0]]] += 1.0 / pairings[p[1]];
            }
        }
        return out;
    }

    /** The first (direction 1) or last (-1) phone the engine spent frames on. */
    private static int firstWithFrames(double[] frames, int direction) {
        int k = direction > 0 ? 0 : frames.length - 1;
        while (k >= 0 && k < frames.length && frames[k] == 0) {
            k += direction;
        }
        return k;
    }

    private static double logRatio(double speakerSeconds, double engineSeconds) {
        double ratio = speakerSeconds / engineSeconds;
        return Math.log(Math.max(1 / MAX_PHONE_RATIO, Math.min(MAX_PHONE_RATIO, ratio)));
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
