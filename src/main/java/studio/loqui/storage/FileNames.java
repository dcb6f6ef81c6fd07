package studio.loqui.storage;

import studio.loqui.system.ApiException;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Client file names made safe: no separators, no {@code ..}, no control or look-alike characters. */
public final class FileNames {

    private static final Pattern SAFE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9 ._()+-]{0,199}$");

    private FileNames() {
    }

    /** Rejects any name that could leave the caller's folder; accepts a plain file name as it is. */
    public static String requireSafe(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiException.invalidField("filename", "A file name is required");
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        if (!name.equals(raw) || name.contains("..") || !SAFE.matcher(name).matches()) {
            throw ApiException.invalidField("filename",
                    "Use a plain file name: letters, digits, spaces and . _ ( ) + -, no paths");
        }
        return name;
    }

    /** Turns an uploaded file's name into a safe one, keeping what can be kept. */
    public static String sanitize(String raw, String fallbackExtension) {
        String name = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1)
                .replaceAll("[^A-Za-z0-9 ._()+-]", "_")
                .replaceAll("\\.{2,}", ".")
                .replaceAll("^[^A-Za-z0-9]+", "")
                .strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "upload." + fallbackExtension : name;
    }

    /** Seed 000 lets a clone name its source as {@code audio.wav} or as the upload's path {@code /storage/audio.wav}. */
    public static String fromStoragePath(String value) {
        if (value != null && value.startsWith("/storage/")) {
            return requireSafe(value.substring("/storage/".length()));
        }
        return requireSafe(value);
    }
}
