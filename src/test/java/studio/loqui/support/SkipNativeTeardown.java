package studio.loqui.support;

import com.sun.jna.Library;
import com.sun.jna.Native;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Ends a test JVM with {@code _exit} once the test framework has reported every result and started the JVM's
 * shutdown, so the native engines' C++ static destructors (PyTorch, ONNX Runtime, Vosk, OpenCV all load in one
 * test JVM) never run. One of them, seen once in CI, aborted a green run with "double free or corruption" after
 * the last test; the process exit code, not a test, failed the build. A crash during any test still fails it.
 * Only the JVMs Surefire forks (property {@code loqui-tests.skip-native-teardown}) do this.
 */
public final class SkipNativeTeardown implements LauncherSessionListener {

    private static final String PROPERTY = "loqui-tests.skip-native-teardown";

    interface C extends Library {
        void _exit(int status);
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (Boolean.getBoolean(PROPERTY)) {
            Runtime.getRuntime().addShutdownHook(new Thread(SkipNativeTeardown::exitNow, "loqui-skip-native-teardown"));
        }
    }

    private static void exitNow() {
        System.out.flush();
        System.err.flush();
        try {
            Native.load("c", C.class)._exit(0);
        } catch (LinkageError e) {
            System.err.println("Native teardown not skipped: " + e);
        }
    }
}
