package studio.loqui.storage;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUsers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@Tag("api")
class StorageConcurrencyTest {

    private static final int UPLOADS = 24;

    @Inject
    AssetService assets;

    @Inject
    StorageSweeper sweeper;

    @Test
    void shouldKeepOneFileForOneNameWhenUploadsRace() throws Exception {
        TestUsers.Account a = TestUsers.register();
        List<Integer> codes = raceUploads(a, "same.wav");

        assertEquals(0, codes.stream().filter(code -> code >= 500).count(), "5xx answers: " + codes);
        assertTrue(codes.stream().allMatch(code -> code == 200 || code == 409), "answers: " + codes);
        List<Object> listed = given().header("Authorization", a.bearer()).get("/api/storage/files")
                .then().statusCode(200).extract().path("files.filename");
        assertEquals(List.of("same.wav"), listed);
        assertEquals(1, filesOf(a.id()).size(), "files on disk: " + filesOf(a.id()));
        long size = given().header("Authorization", a.bearer()).get("/api/storage/download/same.wav")
                .then().statusCode(200).extract().asByteArray().length;
        assertEquals(Files.size(TestMedia.shortSpeech()), size);
    }

    @Test
    void shouldSweepStoredFilesThatNoRowNames() throws IOException {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer()).multiPart("file", TestMedia.shortSpeech().toFile(), "audio/wav")
                .post("/api/storage/upload").then().statusCode(200);
        Path kept = filesOf(a.id()).get(0);
        Path folder = kept.getParent();
        Path crashedOutput = aged(Files.copy(kept, folder.resolve("crashed-output.wav")));
        Path halfMoved = aged(Files.copy(kept, folder.resolve("half-moved.wav.part")));
        Path young = Files.copy(kept, folder.resolve("still-committing.wav"));

        sweeper.sweep();

        assertTrue(Files.exists(kept), "a stored file stays");
        assertFalse(Files.exists(crashedOutput), "a file without a row goes");
        assertFalse(Files.exists(halfMoved), "a half-moved file goes");
        assertTrue(Files.exists(young), "a file younger than the grace may still be committing elsewhere");
        Files.delete(young);
    }

    private List<Integer> raceUploads(TestUsers.Account a, String name) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(UPLOADS);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < UPLOADS; i++) {
                calls.add(() -> given().header("Authorization", a.bearer())
                        .multiPart("file", name, Files.readAllBytes(TestMedia.shortSpeech()), "audio/wav")
                        .post("/api/storage/upload").statusCode());
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(calls)) {
                codes.add(answer.get());
            }
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Path> filesOf(long ownerId) throws IOException {
        Path folder = assets.root().resolve("files").resolve(String.valueOf(ownerId));
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static Path aged(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        return file;
    }
}
