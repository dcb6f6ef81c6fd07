package studio.loqui.studio;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import studio.loqui.support.TestMedia;

import java.net.URL;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The studio in a browser: an account, a voice from a real sample, speech in it, the library. */
@QuarkusTest
class StudioVoiceTest {

    private static final String SENTENCE = "Good morning everyone, and welcome to our little studio today.";

    @TestHTTPResource("/")
    URL root;

    private StudioBrowser browser;

    @BeforeEach
    void openBrowser() {
        browser = new StudioBrowser(root, TestMedia.speech());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void shouldSignUpMakeAVoiceSpeakInItAndStaySignedIn() {
        String name = "studio" + System.nanoTime() % 1_000_000_000L;
        browser.open("");
        assertEquals("Welcome to Loqui Studio", browser.heading().getText());
        browser.capture("01-sign-in");
        signUp(name);

        uploadSample("Austen reader");
        browser.capture("02-voices");
        addASecondSample();

        browser.find("article.sample a.button").click();
        double expected = speak();
        double played = audioDuration(browser.find(".result audio"));
        assertTrue(played > 1.0, "the spoken sentence lasts " + played + " s");
        assertEquals(expected, played, expected * 0.2, "the audio element plays the file the server measured");
        String heard = browser.find(".result .facts").getText().toLowerCase();
        assertTrue(heard.contains("morning") || heard.contains("welcome"), "the output check heard: " + heard);
        assertPitchOfSampleAndClone();
        browser.capture("03-speak");

        expireAccessToken();
        browser.open("library");
        browser.driver.navigate().refresh();
        WebElement item = browser.find("li.item[data-item^='generated']");
        item.findElement(By.tagName("button")).click();
        assertTrue(audioDuration(browser.find("li.item audio")) > 1.0);
        browser.capture("04-library");
        rename(item.getDomAttribute("data-item"), "Morning greeting");
        browser.assertOnlyOwnOrigin();
        browser.assertNoConsoleErrors("401");

        makeUseAndRevokeAnApiKey();

        browser.find("#signout").click();
        browser.awaitHeading("Welcome");
        signIn(name, "wrong-password");
        String error = browser.find("form[aria-label='Sign in'] .notice").getText();
        assertTrue(error.toLowerCase().contains("incorrect"), "the API's message is shown: " + error);
        signIn(name, "secret123");
        browser.awaitHeading("Voices");
        deleteTheVoice();
        browser.assertNoConsoleErrors("401");
    }

    /** A second recording of the same reader: the voice's report counts two samples and more speech. */
    private void addASecondSample() {
        String before = browser.waitFor(Duration.ofSeconds(20), d -> {
            String text = d.findElement(By.cssSelector("li.voice .voice-report")).getText();
            return text.contains("of speech") ? text : null;
        });
        assertTrue(before.startsWith("1 sample "), before);
        browser.find("li.voice details.add-sample summary").click();
        WebElement form = browser.find("li.voice form.add-sample");
        form.findElement(By.name("sample_file")).sendKeys(StudioBrowser.file(TestMedia.shortSpeech()).getPath());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        String after = browser.waitFor(Duration.ofSeconds(120), d -> {
            String text = d.findElement(By.cssSelector("li.voice .voice-report")).getText();
            String said = d.findElement(By.cssSelector("li.voice form.add-sample .notice")).getText();
            assertTrue(!"error".equals(d.findElement(By.cssSelector("li.voice form.add-sample .notice"))
                    .getDomAttribute("data-kind")), "the page says: " + said);
            return text.startsWith("2 samples") ? text : null;
        });
        assertTrue(speechSeconds(after) > speechSeconds(before) + 1, before + " -> " + after);
        browser.capture("02a-voice-second-sample");
    }

    private static double speechSeconds(String report) {
        var m = java.util.regex.Pattern.compile("([\\d.]+) s of speech").matcher(report);
        assertTrue(m.find(), report);
        return Double.parseDouble(m.group(1));
    }

    /** Deleting the voice takes its sample with it, as the confirmation says. */
    private void deleteTheVoice() {
        browser.find("li.voice[data-voice-id] button.danger").click();
        var alert = browser.driver.switchTo().alert();
        assertTrue(alert.getText().contains("The sample it was made from goes too"), alert.getText());
        alert.accept();
        browser.waitFor(Duration.ofSeconds(10), d -> d.findElements(By.cssSelector("li.voice[data-voice-id]")).isEmpty()
                && d.findElements(By.cssSelector("article.sample")).isEmpty());
        assertTrue(browser.find("ul.voices").getText().startsWith("No voices yet"));
    }

    /** Two pitch lines on one canvas: the sample's and the clone's, each with voiced points and a median. */
    private void assertPitchOfSampleAndClone() {
        WebElement contour = browser.find("figure.contour");
        String[] points = contour.findElement(By.tagName("canvas")).getDomAttribute("data-points").split(",");
        assertEquals(2, points.length, "two pitch tracks");
        assertTrue(Integer.parseInt(points[0]) > 100 && Integer.parseInt(points[1]) > 100,
                "both tracks have voiced frames: " + String.join(",", points));
        String legend = contour.findElement(By.cssSelector(".legend")).getText();
        assertTrue(legend.matches("(?s)Sample: median \\d+ Hz\\s+Clone: median \\d+ Hz"), legend);
    }

    /** Rename in place by keyboard: the form takes the focus, Enter saves, the list shows the saved name. */
    private void rename(String itemKey, String newName) {
        String row = "li.item[data-item='" + itemKey + "']";
        browser.find(row + " .actions button:not(.danger):not([hidden])").click();
        WebElement name = browser.find(row + " form.rename input[name=name]");
        assertEquals(name, browser.driver.switchTo().activeElement(), "the name field takes the focus");
        name.clear();
        name.sendKeys(newName);
        browser.capture("04a-library-rename");
        name.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitFor(Duration.ofSeconds(10), d -> d.findElement(By.cssSelector(row + " .name")).getText().equals(newName));
        String announced = browser.driver.findElement(By.id("announce")).getDomProperty("textContent");
        assertTrue(announced.contains(newName), "the rename is announced: " + announced);
        browser.capture("04b-library-renamed");
    }

    /** A key made on the API keys page works in X-API-Key; revoked there, the next request with it is refused. */
    private void makeUseAndRevokeAnApiKey() {
        browser.open("keys");
        browser.awaitHeading("API keys");
        WebElement form = browser.find("form[aria-label='Make an API key']");
        form.findElement(By.name("name")).sendKeys("studio test");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        String key = browser.find("input.key-value").getDomProperty("value");
        assertTrue(key.startsWith("lq_"), "the new key is shown once: " + key);
        browser.find("li.item[data-key] code");
        browser.capture("05-api-keys");
        assertEquals(200, statusWithKey(key));
        browser.find("li.item[data-key] button.danger").click();
        browser.driver.switchTo().alert().accept();
        browser.waitFor(Duration.ofSeconds(10), d -> d.findElements(By.cssSelector("li.item[data-key]")).isEmpty());
        assertEquals(401, statusWithKey(key));
    }

    private int statusWithKey(String key) {
        return io.restassured.RestAssured.given().header("X-API-Key", key)
                .get(root.toString().replaceAll("/$", "") + "/api/v1/voices/profiles").statusCode();
    }

    private void signUp(String name) {
        WebElement form = browser.find("form[aria-label='Create an account']");
        form.findElement(By.name("username")).sendKeys(name);
        form.findElement(By.name("email")).sendKeys(name + "@example.com");
        form.findElement(By.name("password")).sendKeys("secret123");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.awaitHeading("Voices");
        assertEquals(name, browser.find("#who").getText());
    }

    private void signIn(String name, String password) {
        WebElement form = browser.find("form[aria-label='Sign in']");
        form.findElement(By.name("login")).clear();
        form.findElement(By.name("login")).sendKeys(name);
        form.findElement(By.name("password")).clear();
        form.findElement(By.name("password")).sendKeys(password);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitFor(Duration.ofSeconds(10), d -> !d.findElements(By.cssSelector("main h1")).isEmpty()
                && (d.findElement(By.cssSelector("main h1")).getText().equals("Voices")
                || !d.findElement(By.cssSelector("form[aria-label='Sign in'] .notice")).getText().isBlank()));
    }

    private void uploadSample(String sampleName) {
        WebElement form = browser.find("form[aria-label='Upload a sample']");
        form.findElement(By.name("sample_name")).sendKeys(sampleName);
        form.findElement(By.name("file")).sendKeys(StudioBrowser.file(TestMedia.speech()).getPath());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement card = browser.waitFor(Duration.ofSeconds(60),
                d -> d.findElement(By.cssSelector("article.sample canvas.wave")));
        double drawn = Double.parseDouble(card.getDomAttribute("data-duration"));
        assertEquals(7.1, drawn, 0.2, "the waveform is drawn from the whole decoded sample");
        String report = browser.find("article.sample .facts").getText();
        assertTrue(report.contains("Speech") && report.contains("Signal to noise"), report);
    }

    private double speak() {
        WebElement form = browser.find("form[aria-label='Speak text']");
        assertTrue(new Select(form.findElement(By.name("voice"))).getFirstSelectedOption().getText()
                .startsWith("Austen reader"), "the sample's voice is chosen");
        WebElement text = form.findElement(By.name("text"));
        text.clear();
        text.sendKeys(SENTENCE);
        new Select(form.findElement(By.name("format"))).selectByValue("mp3");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitFor(Duration.ofSeconds(180), d -> d.findElement(By.cssSelector(".result audio")));
        String length = browser.find(".result .facts dd").getText();
        return Double.parseDouble(length.replace(" s", ""));
    }

    private double audioDuration(WebElement audio) {
        return browser.waitFor(Duration.ofSeconds(20), d -> {
            Object value = browser.script("const a = arguments[0]; return a.readyState >= 1 && isFinite(a.duration)"
                    + " ? a.duration : null", audio);
            return value == null ? null : ((Number) value).doubleValue();
        });
    }

    /** An access token the server no longer takes: the studio must refresh it without asking the person. */
    private void expireAccessToken() {
        browser.script("const s = JSON.parse(localStorage.getItem('loqui.session'));"
                + "s.access = s.access.slice(0, -8) + 'AAAAAAAA'; localStorage.setItem('loqui.session', JSON.stringify(s));");
    }
}
