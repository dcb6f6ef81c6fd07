package studio.loqui.film.render;

import org.bytedeco.javacpp.Loader;
import org.junit.jupiter.api.Test;
import studio.loqui.media.audio.WavFiles;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FilmVideoTest {

    /** 3 s at 8 fps is 24 frames; three shots, each painted when it first shows and never again. */
    @Test
    void shouldWriteEveryFrameAndPaintEachPictureOnce() throws Exception {
        FilmTimeline plan = FilmTimeline.plan(List.of("A lake at night", "Birds over the forest"), new double[2], 3, 3);
        Path wav = Files.createTempFile("film", ".wav");
        Path out = Files.createTempFile("film", ".mp4");
        try {
            Files.write(wav, WavFiles.encode(Soundtrack.mix(3, List.of(), new MusicComposer().compose(3, "pop", "happy"))));
            AtomicInteger painted = new AtomicInteger();
            AtomicInteger frames = new AtomicInteger();
            File dir = Loader.cacheResource(org.bytedeco.ffmpeg.ffmpeg.class, Loader.getPlatform());
            new FilmVideo(dir.toPath().resolve("ffmpeg")).encode(plan,
                    new FilmArtwork(new ScenePainter(), plan, FilmQuality.LOW, i -> painted.incrementAndGet()),
                    FilmQuality.LOW, 8, wav, out, (done, total) -> frames.set(done));
            assertEquals(24, frames.get());
            assertEquals(3, painted.get());
            assertTrue(Files.size(out) > 1000);
        } finally {
            Files.deleteIfExists(wav);
            Files.deleteIfExists(out);
        }
    }
}
