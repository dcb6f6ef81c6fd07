package studio.loqui.studio;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Debian's headless Chromium driven through its chromedriver, with what the studio tests check in every page:
 * screenshots, axe-core's serious and critical violations, console errors, and requests to other hosts.
 */
final class StudioBrowser implements AutoCloseable {

    static final Dimension WIDE = new Dimension(1280, 900);
    static final Dimension NARROW = new Dimension(390, 844);
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/studio-screenshots");

    final ChromeDriver driver;
    private final URL root;

    StudioBrowser(URL root, Path fakeMicrophone) {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "The studio tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
        this.root = root;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-audio-capture=" + fakeMicrophone.toAbsolutePath(),
                "--autoplay-policy=no-user-gesture-required", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(WIDE);
    }

    void open(String hash) {
        driver.get(root.toString().replaceAll("/$", "") + "/#/" + hash);
        heading();
    }

    WebElement heading() {
        return waitFor(Duration.ofSeconds(20), d -> d.findElement(By.cssSelector("main h1")));
    }

    void awaitHeading(String text) {
        waitFor(Duration.ofSeconds(20), d -> d.findElement(By.cssSelector("main h1")).getText().startsWith(text));
    }

    /** Waits for what a page makes, failing at once with the page's error message when it shows one instead. */
    WebElement awaitResult(Duration timeout, String css) {
        WebElement found = waitFor(timeout, d -> {
            List<WebElement> made = d.findElements(By.cssSelector(css));
            if (!made.isEmpty()) {
                return made.get(0);
            }
            return d.findElements(By.cssSelector(".notice[data-kind='error']")).stream()
                    .filter(e -> !e.getText().isBlank()).findFirst().orElse(null);
        });
        assertTrue(found.getDomAttribute("data-kind") == null, "the page says: " + found.getText());
        return found;
    }

    WebElement find(String css) {
        return waitFor(Duration.ofSeconds(20), ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    <T> T waitFor(Duration timeout, Function<? super org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).pollingEvery(Duration.ofMillis(200))
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /** Screenshots the page at both widths (once its videos show a frame), and checks it at each with axe-core. */
    void capture(String name) {
        waitFor(Duration.ofSeconds(20), d -> (Boolean) script("return [...document.querySelectorAll('video')]"
                + ".every(v => v.readyState >= 2 || v.error)"));
        for (Dimension size : List.of(WIDE, NARROW)) {
            driver.manage().window().setSize(size);
            String file = name + "-" + size.width + ".png";
            try {
                Files.createDirectories(SCREENSHOTS);
                Files.write(SCREENSHOTS.resolve(file), wholePage(size.width));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertAccessible(file);
        }
        driver.manage().window().setSize(WIDE);
    }

    /** The whole page, not only the window: Chromium's DevTools screenshot beyond the viewport. */
    private byte[] wholePage(int width) {
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    @SuppressWarnings("unchecked")
    void assertAccessible(String where) {
        script(axeSource());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) asyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                        + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))");
        assertEquals(List.of(), violations, "axe-core: serious or critical violations in " + where);
    }

    /** Every console error since the last call, except those the caller expects. */
    void assertNoConsoleErrors(String... expected) {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> List.of(expected).stream().noneMatch(m::contains))
                .toList();
        assertEquals(List.of(), errors, "console errors");
    }

    /** Nothing the page loaded came from any host but the server. */
    @SuppressWarnings("unchecked")
    void assertOnlyOwnOrigin() {
        List<String> foreign = (List<String>) script("return performance.getEntriesByType('resource')"
                + ".map(e => e.name).filter(u => !u.startsWith(location.origin) && !/^(blob|data):/.test(u))");
        assertEquals(List.of(), foreign, "requests to other hosts");
    }

    private static String axeSource() {
        try (var in = StudioBrowser.class.getResourceAsStream("/studio/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static File file(Path path) {
        return path.toAbsolutePath().toFile();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
