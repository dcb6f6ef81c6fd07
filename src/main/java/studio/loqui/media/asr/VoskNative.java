package studio.loqui.media.asr;

import org.vosk.LibVosk;
import org.vosk.LogLevel;

/** Loads Vosk's native library (shipped inside its jar, found by JNA) once and quiets Kaldi's log. */
final class VoskNative {

    private static final String PROBLEM = load();

    private VoskNative() {
    }

    /** Why the native library cannot be used here, or null when it loaded. */
    static String problem() {
        return PROBLEM;
    }

    private static String load() {
        try {
            LibVosk.setLogLevel(LogLevel.WARNINGS);
            return null;
        } catch (LinkageError e) {
            return "Vosk's native library did not load (" + e + ")";
        }
    }
}
