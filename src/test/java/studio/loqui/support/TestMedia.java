package studio.loqui.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real media from {@code ../shared/testdata}, and media synthesised from it. */
public final class TestMedia {

    private TestMedia() {
    }

    public static Path testdata() {
        for (Path candidate : new Path[] {Path.of("../shared/testdata"), Path.of("/work/shared/testdata")}) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("../shared/testdata is missing: the tests need the shared test data");
    }

    /** 7.1 s of a male reader, 16 kHz mono. */
    public static Path speech() {
        return testdata().resolve("voices/librivox-austen-0870.wav");
    }

    /** 5.3 s of the same reader. */
    public static Path shortSpeech() {
        return testdata().resolve("voices/librivox-austen-0890.wav");
    }

    public static Path portrait() {
        return testdata().resolve("faces/astronaut.png");
    }

    public static Path tempFile(String suffix, byte[] content) {
        try {
            Path file = Files.createTempFile("loqui-test", suffix);
            Files.write(file, content);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
