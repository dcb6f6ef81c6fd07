package studio.loqui;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits for a condition the server reaches in the background, failing the test after a time limit. */
public final class Eventually {

    private Eventually() {
    }

    public static void within(Duration limit, Callable<Boolean> condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                if (condition.call()) {
                    return;
                }
            } catch (Exception e) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("condition failed: " + e, e);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + limit);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
