package studio.loqui.media.voiceprint;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.loqui.media.TestMedia;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.PitchTrack;
import studio.loqui.media.dsp.SpectralAnalyzer;
import studio.loqui.media.dsp.SpectralStats;
import studio.loqui.media.dsp.YinPitchTracker;
import studio.loqui.media.tts.SynthesizerChooser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pitch and timbre acceptance: sentences cloned as the product clones them (MaryTTS at
 * the reference's pitch, then converted) toward real and synthesised references reach each reference's median F0 within a semitone, and their mean MFCCs and LTAS are
 * closer to the reference than the unmodified voice's. The margins are printed for the benchmarks.
 */
class CloneAcceptanceTest {

    static final List<String> SENTENCES = List.of(
            "The quick brown fox jumps over the lazy dog near the river bank.",
            "Please remember to bring your umbrella because it may rain this afternoon.",
            "Our new library opens on Monday with a reading room for children.");
    private static final String REFERENCE_TEXT = "It was a bright cold day in April, and the clocks were striking "
            + "thirteen. Nobody in the village knew why the bells kept ringing.";

    private static final Map<String, PcmAudio> REFERENCES = new LinkedHashMap<>();
    private static final List<PcmAudio> PLAIN = new ArrayList<>();
    private static final VoiceAnalyzer ANALYZER = new VoiceAnalyzer();
    private static final VoiceConverter CONVERTER = new VoiceConverter(ANALYZER);
    private static final SpectralAnalyzer SPECTRA = new SpectralAnalyzer();
    /** The shipped path (engine at the voice's pitch, then conversion), without the output check. */
    static final VoiceCloner CLONER = new VoiceCloner(new SynthesizerChooser(List.of(TestMedia.MARY)), CONVERTER,
            new SpeakerSimilarity(ANALYZER), List.of());

    @BeforeAll
    static void render() {
        REFERENCES.put("real " + TestMedia.VOICE_0870, TestMedia.realVoice(TestMedia.VOICE_0870));
        REFERENCES.put("real " + TestMedia.VOICE_0890, TestMedia.realVoice(TestMedia.VOICE_0890));
        for (String voice : List.of("en-us+m3", "en-gb+m7", "en-us+f3", "en-us+f2")) {
            REFERENCES.put("espeak " + voice, TestMedia.espeak(voice, REFERENCE_TEXT));
        }
        SENTENCES.forEach(s -> PLAIN.add(TestMedia.mary(s)));
    }

    @Test
    void shouldMatchEachReferencePitchWithinOneSemitoneAndMoveTimbreTowardIt() {
        SpectralStats plain = SPECTRA.analyze(concat(PLAIN));
        List<String> failures = new ArrayList<>();
        System.out.println("reference | ref F0 | cloned F0 (worst, st) | MFCC plain -> cloned | LTAS dB plain -> cloned");
        for (Map.Entry<String, PcmAudio> ref : REFERENCES.entrySet()) {
            VoiceProfileData profile = ANALYZER.analyze(ref.getValue());
            SpectralStats refStats = SPECTRA.analyze(ref.getValue());
            List<PcmAudio> cloned = SENTENCES.stream().map(s -> CLONER.speak(s, "en", profile).audio()).toList();
            double worstSemitones = 0;
            for (PcmAudio c : cloned) {
                double f0 = YinPitchTracker.forSpeech().track(c).medianHz();
                double st = PitchTrack.semitones(f0) - PitchTrack.semitones(profile.medianF0Hz());
                worstSemitones = Math.abs(st) > Math.abs(worstSemitones) ? st : worstSemitones;
            }
            SpectralStats clonedStats = SPECTRA.analyze(concat(cloned));
            double mfccPlain = plain.mfccDistance(refStats);
            double mfccCloned = clonedStats.mfccDistance(refStats);
            double ltasPlain = plain.ltasDistanceDb(refStats);
            double ltasCloned = clonedStats.ltasDistanceDb(refStats);
            System.out.printf(Locale.ROOT, "%s | %.1f Hz | %+.2f st | %.2f -> %.2f (margin %.2f) | %.2f -> %.2f (margin %.2f)%n",
                    ref.getKey(), profile.medianF0Hz(), worstSemitones, mfccPlain, mfccCloned, mfccPlain - mfccCloned,
                    ltasPlain, ltasCloned, ltasPlain - ltasCloned);
            if (Math.abs(worstSemitones) > 1.0) {
                failures.add(ref.getKey() + ": F0 off by " + worstSemitones + " st");
            }
            if (mfccCloned >= mfccPlain) {
                failures.add(ref.getKey() + ": MFCC not closer");
            }
            if (ltasCloned >= ltasPlain) {
                failures.add(ref.getKey() + ": LTAS not closer");
            }
        }
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void shouldScoreClonedSpeechMoreSimilarThanTheUnmodifiedVoice() {
        SpeakerSimilarity similarity = new SpeakerSimilarity(ANALYZER);
        PcmAudio plain = concat(PLAIN);
        for (Map.Entry<String, PcmAudio> ref : REFERENCES.entrySet()) {
            VoiceProfileData profile = ANALYZER.analyze(ref.getValue());
            double before = SpeakerSimilarity.distance(ANALYZER.analyze(plain), profile);
            double after = SpeakerSimilarity.distance(ANALYZER.analyze(CONVERTER.convert(plain, profile)), profile);
            assertTrue(after < before && similarity.score(CONVERTER.convert(plain, profile), profile)
                    > similarity.score(plain, profile), ref.getKey() + ": identification distance " + before + " -> " + after);
        }
    }

    static PcmAudio concat(List<PcmAudio> parts) {
        int n = parts.stream().mapToInt(PcmAudio::length).sum();
        float[] all = new float[n];
        int at = 0;
        for (PcmAudio p : parts) {
            System.arraycopy(p.samples(), 0, all, at, p.length());
            at += p.length();
        }
        return new PcmAudio(all, parts.get(0).sampleRate());
    }
}
