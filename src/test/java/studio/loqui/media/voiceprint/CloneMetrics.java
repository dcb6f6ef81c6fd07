package studio.loqui.media.voiceprint;

import studio.loqui.media.TestMedia;
import studio.loqui.media.asr.WordErrorRate;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.PitchTrack;
import studio.loqui.media.dsp.Resampler;
import studio.loqui.media.dsp.SpectralAnalyzer;
import studio.loqui.media.dsp.SpectralStats;
import studio.loqui.media.dsp.YinPitchTracker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The clone measures over a {@link SpeakerPanel}: every speaker is cloned from its sample
 * saying the same sentences, and the clones are compared with each other, with the speakers'
 * second recordings and with the base voice (the engine unmodified). Distances are those of
 * {@link SpectralStats}: mean MFCC c1..c12 over speech frames, and level-normalised LTAS in dB.
 */
final class CloneMetrics {

    static final List<String> SENTENCES = List.of(
            "The quick brown fox jumps over the lazy dog near the river bank.",
            "Please remember to bring your umbrella because it may rain this afternoon.",
            "Our new library opens on Monday with a reading room for children.",
            "We will meet at the station at seven in the morning.");

    private static final SpectralAnalyzer SPECTRA = new SpectralAnalyzer();

    /** What was measured of one speaker's clone. */
    record Speaker(SpeakerPanel who, VoiceProfileData profile, SpectralStats sample, SpectralStats second,
                   SpectralStats cloned, PcmAudio cloneAudio, double cloneF0Semitones, double cloneWer) {
    }

    /** A same-gender pair: clone-to-clone distance over recording-to-recording distance. */
    record Pair(String a, String b, double mfccRatio, double ltasRatio) {
    }

    final List<Speaker> speakers = new ArrayList<>();
    final SpectralStats base;
    private final SpectralStats basePhone;
    final double baseWer;
    private final VoiceAnalyzer analyzer;
    private final SpeakerSimilarity similarity;

    /**
     * Clones every speaker of the panel with {@code cloner} ({@code profile, sentence -> audio}) from the
     * profile {@code learn} makes of the speaker's sample.
     */
    CloneMetrics(List<SpeakerPanel> panel, VoiceAnalyzer analyzer, Function<PcmAudio, VoiceProfileData> learn,
                 BiFunction<VoiceProfileData, String, PcmAudio> cloner) {
        this.analyzer = analyzer;
        this.similarity = new SpeakerSimilarity(analyzer);
        List<PcmAudio> plain = SENTENCES.stream().map(TestMedia::mary).toList();
        this.base = SPECTRA.analyze(CloneAcceptanceTest.concat(plain));
        this.basePhone = SPECTRA.analyze(phoneBand(CloneAcceptanceTest.concat(plain)));
        this.baseWer = wer(plain);
        for (SpeakerPanel who : panel) {
            VoiceProfileData profile = learn.apply(who.sample());
            List<PcmAudio> cloned = SENTENCES.stream().map(s -> cloner.apply(profile, s)).toList();
            PcmAudio all = CloneAcceptanceTest.concat(cloned);
            double f0 = YinPitchTracker.forSpeech().track(all).medianHz();
            speakers.add(new Speaker(who, profile, SPECTRA.analyze(who.sample()), SPECTRA.analyze(who.second()),
                    SPECTRA.analyze(all), all, PitchTrack.semitones(f0) - PitchTrack.semitones(profile.medianF0Hz()),
                    wer(cloned)));
        }
    }

    List<Pair> sameGenderPairs() {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < speakers.size(); i++) {
            for (int j = i + 1; j < speakers.size(); j++) {
                Speaker a = speakers.get(i);
                Speaker b = speakers.get(j);
                if (a.who().gender().equals(b.who().gender())) {
                    pairs.add(new Pair(a.who().name(), b.who().name(),
                            ratio(a, b, SpectralStats::mfccDistance), ratio(a, b, SpectralStats::ltasDistanceDb)));
                }
            }
        }
        return pairs;
    }

    /**
     * Clone-to-clone over sample-to-sample distance; where either speaker was recorded over a phone line,
     * all four are compared within the phone band (the clones are rendered full band).
     */
    private static double ratio(Speaker a, Speaker b, BiFunction<SpectralStats, SpectralStats, Double> distance) {
        boolean phone = a.who().phoneBand() || b.who().phoneBand();
        return distance.apply(view(a.cloneAudio(), a.cloned(), phone), view(b.cloneAudio(), b.cloned(), phone))
                / distance.apply(view(a.who().sample(), a.sample(), phone), view(b.who().sample(), b.sample(), phone));
    }

    /** Clone's distance to the speaker's second recording over the base voice's, within the recording's band. */
    double mfccTimbreRatio(Speaker s) {
        SpectralStats clone = view(s.cloneAudio(), s.cloned(), s.who().phoneBand());
        SpectralStats second = view(s.who().second(), s.second(), s.who().phoneBand());
        return clone.mfccDistance(second) / (s.who().phoneBand() ? basePhone : base).mfccDistance(second);
    }

    double ltasTimbreRatio(Speaker s) {
        SpectralStats clone = view(s.cloneAudio(), s.cloned(), s.who().phoneBand());
        SpectralStats second = view(s.who().second(), s.second(), s.who().phoneBand());
        return clone.ltasDistanceDb(second) / (s.who().phoneBand() ? basePhone : base).ltasDistanceDb(second);
    }

    private static SpectralStats view(PcmAudio audio, SpectralStats fullBand, boolean phone) {
        return phone ? SPECTRA.analyze(phoneBand(audio)) : fullBand;
    }

    /** What an 8 kHz line lets through, analysed at 8 kHz. */
    static PcmAudio phoneBand(PcmAudio audio) {
        return Resampler.toRate(audio, 8000);
    }

    /** Similarity of each clone (rows) to each speaker's second recording (columns). */
    Map<String, Map<String, Double>> cloneScores() {
        Map<String, VoiceProfileData> seconds = secondProfiles();
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (Speaker s : speakers) {
            VoiceProfileData clone = analyzer.analyze(s.cloneAudio());
            Map<String, Double> row = new LinkedHashMap<>();
            seconds.forEach((name, ref) -> row.put(name, similarity.score(clone, ref)));
            out.put(s.who().name(), row);
        }
        return out;
    }

    /** Similarity of each speaker's second recording (rows) to each speaker's sample (columns). */
    Map<String, Map<String, Double>> recordingScores() {
        Map<String, VoiceProfileData> seconds = secondProfiles();
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (Speaker s : speakers) {
            Map<String, Double> row = new LinkedHashMap<>();
            speakers.forEach(t -> row.put(t.who().name(), similarity.score(seconds.get(s.who().name()), t.profile())));
            out.put(s.who().name(), row);
        }
        return out;
    }

    static String best(Map<String, Double> row) {
        return row.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "base voice: Vosk WER %.1f %%%n", 100 * baseWer));
        out.append("speaker | held out | band | timbre | ref F0 | clone F0 st | MFCC timbre ratio | LTAS timbre ratio"
                + " | clone WER %\n");
        for (Speaker s : speakers) {
            out.append(String.format(Locale.ROOT, "%s | %s | %s | %s | %.0f Hz | %+.2f | %.2f | %.2f | %.1f%n",
                    s.who().name(), s.who().heldOut() ? "yes" : "no", s.who().phoneBand() ? "8 kHz" : "full", timbre(s.profile()),
                    s.profile().medianF0Hz(), s.cloneF0Semitones(), mfccTimbreRatio(s),
                    ltasTimbreRatio(s), 100 * s.cloneWer()));
        }
        out.append("same-gender pair | MFCC clone/recording | LTAS clone/recording\n");
        for (Pair p : sameGenderPairs()) {
            out.append(String.format(Locale.ROOT, "%s ~ %s | %.2f | %.2f%n", p.a(), p.b(), p.mfccRatio(), p.ltasRatio()));
        }
        out.append("similarity of clone (row) to second recording (column), then of second recording to sample\n");
        table(out, cloneScores());
        table(out, recordingScores());
        return out.toString();
    }

    private static String timbre(VoiceProfileData p) {
        if (p.timbre() == null) {
            return "global";
        }
        return p.learnedTimbre() ? String.format(Locale.ROOT, "learned %.1f s, top %.0f Hz", p.timbre().parallelSeconds(),
                p.timbre().bandTopHz()) : "global (" + p.timbre().reason() + ")";
    }

    private static void table(StringBuilder out, Map<String, Map<String, Double>> scores) {
        scores.forEach((row, cols) -> {
            out.append(row).append(" ->");
            cols.forEach((col, v) -> out.append(String.format(Locale.ROOT, " %s %.2f", col, v)));
            out.append(" | best ").append(best(cols)).append('\n');
        });
    }

    private Map<String, VoiceProfileData> secondProfiles() {
        Map<String, VoiceProfileData> out = new LinkedHashMap<>();
        speakers.forEach(s -> out.put(s.who().name(), analyzer.analyze(s.who().second())));
        return out;
    }

    private static double wer(List<PcmAudio> spoken) {
        int errors = 0;
        int words = 0;
        for (int i = 0; i < spoken.size(); i++) {
            String heard = TestMedia.RECOGNIZER.recognize(spoken.get(i), "en").text();
            WordErrorRate.Result r = WordErrorRate.spoken(SENTENCES.get(i), heard, "en");
            errors += r.errors();
            words += r.referenceWords();
        }
        return (double) errors / words;
    }
}
