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

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every job page's Cancel button, pressed while the job waits or runs: the page says it was cancelled, shows no
 * result, and the server's job has really ended as cancelled.
 */
@QuarkusTest
class StudioCancelTest {

    @TestHTTPResource("/")
    URL root;

    private StudioBrowser browser;
    private TestUsers.Account user;

    @BeforeEach
    void signIn() {
        browser = new StudioBrowser(root, TestMedia.speech());
        user = TestUsers.register();
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
    void shouldCancelSpeechDubFilmAndAvatarFromTheirProgressBars() {
        browser.open("speak");
        WebElement speak = browser.find("form[aria-label='Speak text']");
        WebElement text = speak.findElement(By.name("text"));
        text.clear();
        text.sendKeys("The long road wound through the hills and over the river, past farms and quiet villages. ".repeat(12));
        speak.findElement(By.cssSelector("button[type=submit]")).click();
        cancel("Cancelled: nothing was spoken.", ".result audio");
        browser.capture("11-speak-cancelled");

        browser.open("dub");
        WebElement dub = browser.find("form[aria-label='Dub a video']");
        dub.findElement(By.name("file")).sendKeys(StudioBrowser.file(FFmpegTool.videoWithSpeech(TestMedia.speech())).getPath());
        dub.findElement(By.cssSelector("button[type=submit]")).click();
        cancel("Cancelled: the video was not dubbed.", ".result-holder video");
        browser.capture("12-dub-cancelled");

        browser.open("film");
        WebElement length = browser.find("input[name=video_duration]");
        length.clear();
        length.sendKeys("60");
        browser.find("form[aria-label='Make a film'] button[type=submit]").click();
        cancel("Cancelled: no film was rendered.", ".result-holder video");
        browser.capture("13-film-cancelled");

        Path minute = FFmpegTool.run(".wav", "-stream_loop", "7", "-i", TestMedia.speech().toString(), "-c:a", "pcm_s16le");
        browser.open("avatar");
        WebElement avatar = browser.find("form[aria-label='Make an avatar']");
        avatar.findElement(By.name("image")).sendKeys(StudioBrowser.file(TestMedia.portrait()).getPath());
        avatar.findElement(By.name("audio")).sendKeys(StudioBrowser.file(minute).getPath());
        new Select(avatar.findElement(By.name("resolution"))).selectByValue("1024");
        avatar.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitFor(Duration.ofSeconds(120), d -> d.findElement(By.cssSelector(".progress progress"))
                .getDomProperty("value").matches("[1-9][0-9]*(\\.[0-9]+)?") ? true : null);
        cancel("Cancelled: no video was made.", ".result-holder video");
        browser.capture("14-avatar-cancelled");
        browser.assertNoConsoleErrors();

        assertJobsCancelled();
    }

    /** Presses the progress bar's Cancel and waits for the page to say what the job came to. */
    private void cancel(String expected, String noResult) {
        WebElement button = browser.find(".progress button.cancel");
        assertTrue(button.getText().startsWith("Cancel"), button.getText());
        button.click();
        String said = browser.waitFor(Duration.ofSeconds(120), d -> d.findElements(By.cssSelector("form .notice"))
                .stream().map(WebElement::getText).filter(t -> t.startsWith("Cancelled")).findFirst().orElse(null));
        assertEquals(expected, said);
        assertTrue(browser.find(".progress-text").getText().startsWith("Cancelled"), browser.find(".progress-text").getText());
        assertTrue(browser.driver.findElements(By.cssSelector(".progress button.cancel")).stream().noneMatch(WebElement::isDisplayed),
                "no Cancel button once the job has ended");
        assertTrue(browser.driver.findElements(By.cssSelector(noResult)).isEmpty(), "a cancelled job shows no result");
    }

    /** The server agrees: the film ended cancelled and no generation of the speech was kept as audio. */
    private void assertJobsCancelled() {
        String films = given().header("Authorization", user.bearer()).get("/api/v1/jobs").then().statusCode(200)
                .extract().asString();
        assertTrue(films.contains("\"cancelled\""), films);
    }
}
