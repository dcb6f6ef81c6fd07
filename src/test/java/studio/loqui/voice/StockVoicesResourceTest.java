package studio.loqui.voice;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.media.TestMedia;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.PitchTrack;
import studio.loqui.media.voiceprint.VoiceAnalyzer;
import studio.loqui.media.voiceprint.VoiceProfileData;
import studio.loqui.support.TestUsers;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stock voices are named once each, and the English male one speaks as a man. */
@QuarkusTest
@Tag("voice")
class StockVoicesResourceTest {

    private static final String TEXT = "The children walked to school along the quiet river before the morning bell.";

    @Test
    void shouldNameEveryStockVoiceOnce() {
        TestUsers.Account a = TestUsers.register();
        List<String> names = given().header("Authorization", a.bearer()).get("/api/v1/voices/profiles")
                .then().statusCode(200).extract().path("profiles.findAll { it.origin == 'stock' }.name");
        assertTrue(names.size() > 10, names.toString());
        assertEquals(names.size(), new HashSet<>(names).size(), "duplicate stock voice names: " + names);
    }

    @Test
    void shouldSpeakTheStockEnglishMaleVoiceAsAManAndTheFemaleAsAWoman() {
        TestUsers.Account a = TestUsers.register();
        VoiceProfileData male = spoken(a, stock(a, "male"));
        VoiceProfileData female = spoken(a, stock(a, "female"));
        System.out.printf("stock English male: %.0f Hz, %s (%.2f); female: %.0f Hz, %s%n", male.medianF0Hz(),
                male.gender(), male.genderConfidence(), female.medianF0Hz(), female.gender());
        assertEquals("male", male.gender());
        assertEquals("female", female.gender());
        assertTrue(male.medianF0Hz() < 130, "male median F0 " + male.medianF0Hz());
        double apart = PitchTrack.semitones(female.medianF0Hz()) - PitchTrack.semitones(male.medianF0Hz());
        assertTrue(apart > 6, "female only " + apart + " semitones above the male");
    }

    private static String stock(TestUsers.Account a, String gender) {
        List<Map<String, Object>> profiles = given().header("Authorization", a.bearer())
                .get("/api/v1/voices/profiles?gender=" + gender + "&language=en").then().statusCode(200)
                .extract().path("profiles.findAll { it.origin == 'stock' && it.language == 'en' }");
        assertEquals(1, profiles.size(), profiles.toString());
        return (String) profiles.get(0).get("id");
    }

    private static VoiceProfileData spoken(TestUsers.Account a, String voice) {
        byte[] wav = given().header("Authorization", a.bearer())
                .get("/api/v1/voices/preview/" + voice + "?format=wav&text=" + TEXT)
                .then().statusCode(200).extract().asByteArray();
        PcmAudio audio = TestMedia.DECODER.decode(wav, VoiceAnalyzer.ANALYSIS_RATE);
        return new VoiceAnalyzer().analyze(audio);
    }
}
