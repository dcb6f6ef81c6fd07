package studio.loqui.support;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Plays a video file to its end in Debian's headless Chromium (through its chromedriver) on a page holding only
 * a {@code <video>} element, and reports what the browser saw: its length, how many frames it decoded, and the
 * media error if any.
 */
public final class ChromiumVideo {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** What the page's {@code <video>} reported after playing, or after failing. */
    public record Played(boolean ended, double duration, long frames, String error) {
    }

    private ChromiumVideo() {
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public static Played play(Path video) throws IOException {
        Path page = video.resolveSibling(video.getFileName() + ".html");
        Files.writeString(page, "<!doctype html><title>video</title><video muted playsinline src=\""
                + video.getFileName() + "\"></video>");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--autoplay-policy=no-user-gesture-required", "--allow-file-access-from-files");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.get(page.toUri().toString());
            @SuppressWarnings("unchecked")
            Map<String, Object> seen = (Map<String, Object>) driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const v = document.querySelector('video');
                    const report = () => done({ended: v.ended, duration: v.duration,
                        frames: v.getVideoPlaybackQuality().totalVideoFrames,
                        error: v.error ? v.error.code + ' ' + v.error.message : ''});
                    v.addEventListener('ended', report);
                    v.addEventListener('error', report);
                    v.play().catch(e => done({ended: false, duration: v.duration, frames: 0, error: String(e)}));
                    """);
            return new Played(Boolean.TRUE.equals(seen.get("ended")), ((Number) seen.get("duration")).doubleValue(),
                    ((Number) seen.get("frames")).longValue(), String.valueOf(seen.get("error")));
        } finally {
            driver.quit();
            Files.deleteIfExists(page);
        }
    }
}
