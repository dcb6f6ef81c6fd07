package studio.loqui.media.voiceprint;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import studio.loqui.media.TestMedia;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VoiceAnalyzerTest {

    private final VoiceAnalyzer analyzer = new VoiceAnalyzer();

    @Test
    void shouldMeasureARealMaleVoice() {
        VoiceProfileData p = analyzer.analyze(TestMedia.realVoice(TestMedia.VOICE_0870));
        assertTrue(p.medianF0Hz() > 80 && p.medianF0Hz() < 130, "F0 " + p.medianF0Hz());
        assertTrue(p.f0P10Hz() < p.medianF0Hz() && p.medianF0Hz() < p.f0P90Hz());
        assertTrue(p.vocalTractLengthCm() > 15.5 && p.vocalTractLengthCm() < 19.5, "VTL " + p.vocalTractLengthCm());
        assertTrue(p.syllablesPerSecond() > 2.5 && p.syllablesPerSecond() < 6.5, "rate " + p.syllablesPerSecond());
        assertEquals("male", p.gender());
        assertEquals(12, p.mfccMean().length);
    }

    @Test
    void shouldTellAFemaleVoiceFromAMaleOne() {
        String text = "It was a bright cold day in April, and the clocks were striking thirteen.";
        VoiceProfileData female = analyzer.analyze(TestMedia.espeak("en-us+f3", text));
        VoiceProfileData male = analyzer.analyze(TestMedia.espeak("en-us+m3", text));
        assertEquals("female", female.gender());
        assertEquals("male", male.gender());
        assertTrue(female.medianF0Hz() > 1.5 * male.medianF0Hz());
        assertTrue(female.formantSpacingHz() > male.formantSpacingHz(), "shorter tract, wider formant spacing");
    }

    @Test
    void shouldSurviveAJsonRoundTrip() throws Exception {
        VoiceProfileData p = analyzer.analyze(TestMedia.realVoice(TestMedia.VOICE_0890));
        ObjectMapper json = new ObjectMapper();
        VoiceProfileData back = json.readValue(json.writeValueAsString(p), VoiceProfileData.class);
        assertEquals(p.medianF0Hz(), back.medianF0Hz());
        assertArrayEquals(p.meanLogMel(), back.meanLogMel());
        assertArrayEquals(p.ltasDb(), back.ltasDb());
        assertEquals(p.gender(), back.gender());
    }

    @Test
    void shouldScoreTheSameSpeakerAboveAnotherVoice() {
        SpeakerSimilarity similarity = new SpeakerSimilarity(analyzer);
        VoiceProfileData a = analyzer.analyze(TestMedia.realVoice(TestMedia.VOICE_0870));
        VoiceProfileData b = analyzer.analyze(TestMedia.realVoice(TestMedia.VOICE_0890));
        VoiceProfileData other = analyzer.analyze(TestMedia.espeak("en-us+f3",
                "It was a bright cold day in April, and the clocks were striking thirteen."));
        double same = similarity.score(a, b);
        double different = similarity.score(a, other);
        assertTrue(same > 0.6, "same speaker " + same);
        assertTrue(different < same - 0.2, "other voice " + different + " vs same " + same);
        assertEquals(1.0, similarity.score(a, a), 1e-3);
    }
}
