package studio.loqui.studio;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import studio.loqui.support.FFmpegTool;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUsers;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The studio's media pages in a browser: recording with live hearing, dubbing, an avatar, a film. */
@QuarkusTest
class StudioMediaTest {

    @TestHTTPResource("/")
    URL root;

    private StudioBrowser browser;

    @BeforeEach
    void signIn() {
        browser = new StudioBrowser(root, TestMedia.speech());
        TestUsers.Account user = TestUsers.register();
        browser.open("");
        browser.script("localStorage.setItem('loqui.session', JSON.stringify({access: arguments[0], refresh: arguments[1],"
                + " user: {username: arguments[2]}}))", user.accessToken(), user.refreshToken(), user.username());
        browser.driver.navigate().refresh();
        browser.awaitHeading("Voices");
    }

    @AfterEach
    void closeBrowser() {
        browser.assertOnlyOwnOrigin();
        browser.close();
    }

    @Test
    void shouldShowTheWordsHeardWhileRecordingAndKeepTheRecording() {
        browser.find("button[aria-pressed]").click();
        String heard = browser.waitFor(Duration.ofSeconds(30), d -> {
            String text = d.findElement(By.cssSelector(".heard")).getText();
            return text.split("\\s+").length >= 3 && !text.startsWith("Listening") ? text : null;
        });
        browser.capture("05-recording");
        sleep(Duration.ofSeconds(5));
        browser.find("button[aria-pressed='true']").click();
        browser.find(".preview button").click();
        WebElement card = browser.awaitResult(Duration.ofSeconds(120), "article.sample");
        assertTrue(card.getText().contains("Recorded"), card.getText());
        assertTrue(Double.parseDouble(card.findElement(By.cssSelector("canvas.wave")).getDomAttribute("data-duration")) > 5,
                "the recording lasts the seconds it was recorded for");
        assertTrue(heard.matches(".*[a-z]{3,}.*"), "words were heard live: " + heard);
        browser.assertNoConsoleErrors();
    }

    @Test
    void shouldDubAVideoShowingProgressAndPlayTheResult() {
        Path video = FFmpegTool.videoWithSpeech(TestMedia.shortSpeech());
        browser.open("dub");
        browser.capture("06-dub");
        WebElement form = browser.find("form[aria-label='Dub a video']");
        form.findElement(By.name("file")).sendKeys(StudioBrowser.file(video).getPath());
        new Select(form.findElement(By.name("target_language"))).selectByValue("es");
        recordProgress();
        form.findElement(By.cssSelector("button[type=submit]")).click();
        double duration = mediaDuration(browser.awaitResult(Duration.ofSeconds(300), ".result-holder video"));
        assertEquals(5.3, duration, 5.3 * 0.2, "the dubbed video lasts as long as the original");
        assertProgressMoved();
        List<WebElement> phrases = browser.driver.findElements(By.cssSelector(".phrases tbody tr"));
        assertTrue(!phrases.isEmpty(), "the phrase list is shown");
        browser.capture("07-dubbed");
        fixAPhraseAndReRender();
        browser.assertNoConsoleErrors();
    }

    /** One phrase's translation fixed: a dub-edit job, then its video plays with the new subtitles and list. */
    private void fixAPhraseAndReRender() {
        String fixed = "Buenos días a todos, bienvenidos.";
        String first = browser.find(".result-holder video").getDomAttribute("data-job-id");
        browser.find(".phrases tbody tr button").click();
        WebElement input = browser.find(".phrases form.fix-phrase input[name=translation]");
        assertEquals(input, browser.driver.switchTo().activeElement(), "the translation field takes the focus");
        input.clear();
        input.sendKeys(fixed);
        browser.capture("07a-dub-fix-phrase");
        browser.find(".phrases form.fix-phrase button[type=submit]").click();
        WebElement video = browser.awaitResult(Duration.ofSeconds(300),
                ".result-holder video[data-job-id]:not([data-job-id='" + first + "'])");
        assertEquals(5.3, mediaDuration(video), 5.3 * 0.2, "the re-rendered video lasts as long as the original");
        assertEquals(fixed, browser.find(".phrases tbody tr td.translation").getText(), "the list shows the fix");
        Object cue = browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0].querySelector('track').src).then(r => r.text()).then(done, e => done(String(e)));", video);
        assertTrue(String.valueOf(cue).contains(fixed), "the subtitles carry the fix: " + cue);
        Object played = browser.asyncScript("const v = arguments[0], done = arguments[arguments.length - 1];"
                + "v.muted = true; v.play().then(() => setTimeout(() => { v.pause(); done(v.currentTime); }, 1200),"
                + " e => done(-1));", video);
        assertTrue(((Number) played).doubleValue() > 0.3, "the re-rendered video plays: " + played);
        browser.capture("07b-dub-re-rendered");
    }

    @Test
    void shouldMakeAnAvatarSpeakARecording() {
        browser.open("avatar");
        WebElement form = browser.find("form[aria-label='Make an avatar']");
        form.findElement(By.name("image")).sendKeys(StudioBrowser.file(TestMedia.portrait()).getPath());
        form.findElement(By.name("audio")).sendKeys(StudioBrowser.file(TestMedia.shortSpeech()).getPath());
        new Select(form.findElement(By.name("resolution"))).selectByValue("256");
        recordProgress();
        form.findElement(By.cssSelector("button[type=submit]")).click();
        double duration = mediaDuration(browser.awaitResult(Duration.ofSeconds(400), ".result-holder video"));
        assertEquals(5.3, duration, 5.3 * 0.2, "the avatar speaks the whole recording");
        browser.capture("08-avatar");
        browser.assertNoConsoleErrors();
    }

    @Test
    void shouldMakeAnAvatarSpeakWhatWasRecordedInThePage() {
        browser.open("avatar");
        WebElement form = browser.find("form[aria-label='Make an avatar']");
        form.findElement(By.name("image")).sendKeys(StudioBrowser.file(TestMedia.portrait()).getPath());
        form.findElement(By.cssSelector("input[name=source][value=record]")).click();
        assertTrue(!form.findElement(By.name("audio")).isDisplayed(), "only the chosen way is shown");
        WebElement record = browser.find("button.record");
        record.click();
        browser.find("button.record[aria-pressed='true']");
        browser.script("window.levels = []; window.levelTimer = setInterval(() => {"
                + " const m = document.querySelector('meter'); if (m) window.levels.push(m.value); }, 50);");
        sleep(Duration.ofSeconds(6));
        browser.capture("08a-avatar-recording");
        record.click();
        WebElement recorded = browser.awaitResult(Duration.ofSeconds(20), ".preview audio");
        double seconds = Double.parseDouble(recorded.getDomAttribute("data-duration"));
        assertTrue(seconds > 5 && seconds < 9, "the recording lasts the seconds recorded: " + seconds);
        assertSpeech(levels());
        new Select(form.findElement(By.name("resolution"))).selectByValue("256");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        double duration = mediaDuration(browser.awaitResult(Duration.ofSeconds(400), ".result-holder video"));
        assertEquals(seconds, duration, 0.25, "the avatar speaks the whole recording");
        browser.capture("08b-avatar-recorded");
        browser.assertNoConsoleErrors();
    }

    /** The meter's levels while recording: speech, with the pauses between words, not a steady tone or silence. */
    private static void assertSpeech(List<Double> levels) {
        double loud = levels.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        long quiet = levels.stream().filter(v -> v < loud * 0.2).count();
        assertTrue(loud > 0.1, "the meter showed the voice: " + loud);
        assertTrue(quiet > levels.size() * 0.05 && quiet < levels.size() * 0.8,
                "speech has pauses: " + quiet + " of " + levels.size() + " quiet moments");
    }

    @SuppressWarnings("unchecked")
    private List<Double> levels() {
        return ((List<Number>) browser.script("clearInterval(window.levelTimer); return window.levels")).stream()
                .map(Number::doubleValue).toList();
    }

    @Test
    void shouldPriceAFilmAsItsOptionsChangeAndRenderIt() {
        browser.open("film");
        WebElement price = browser.find(".estimate .price strong");
        String before = price.getText();
        WebElement pictures = browser.find("input[name=num_images]");
        pictures.clear();
        pictures.sendKeys("6");
        browser.waitFor(Duration.ofSeconds(10), d -> !d.findElement(By.cssSelector(".estimate .price strong"))
                .getText().equals(before));
        assertNotEquals(before, browser.find(".estimate .price strong").getText(), "the estimate follows the options");
        browser.capture("09-film");
        recordProgress();
        browser.find("form[aria-label='Make a film'] button[type=submit]").click();
        double duration = mediaDuration(browser.awaitResult(Duration.ofSeconds(400), ".result-holder video"));
        assertTrue(duration >= 7.5 && duration < 20, "an 8 s film lasts " + duration + " s");
        assertProgressMoved();
        String share = browser.find("a.share").getDomAttribute("href");
        assertTrue(share.contains("signature="), share);
        browser.capture("10-film-rendered");
        browser.assertNoConsoleErrors();
    }

    /** Keeps every value the page's progress bar shows, ten times a second. */
    private void recordProgress() {
        browser.script("window.progressSeen = []; setInterval(() => { const p = document.querySelector('progress');"
                + " if (p && !p.closest('[hidden]')) window.progressSeen.push(p.value); }, 100);");
    }

    @SuppressWarnings("unchecked")
    private void assertProgressMoved() {
        List<Number> seen = (List<Number>) browser.script("return window.progressSeen");
        assertTrue(seen.stream().anyMatch(v -> v.doubleValue() > 0 && v.doubleValue() < 100)
                && seen.get(seen.size() - 1).doubleValue() == 100, "progress moved: " + seen.stream().distinct().toList());
    }

    private double mediaDuration(WebElement media) {
        return browser.waitFor(Duration.ofSeconds(30), d -> {
            Object value = browser.script("const m = arguments[0]; return m.readyState >= 1 && isFinite(m.duration)"
                    + " ? m.duration : null", media);
            return value == null ? null : ((Number) value).doubleValue();
        });
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
