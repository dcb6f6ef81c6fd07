package studio.loqui.media.ffmpeg;

import org.bytedeco.javacpp.Loader;
import org.junit.jupiter.api.Test;
import studio.loqui.media.audio.WavFiles;
import studio.loqui.media.music.MusicComposer;
import studio.loqui.media.music.Soundtrack;
import studio.loqui.media.picture.ScenePainter;
import studio.loqui.media.picture.Storyboard;
import studio.loqui.media.picture.StoryboardArtwork;
import studio.loqui.media.picture.StoryboardFrames;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameEncoderTest {

    /** 3 s at 8 fps is 24 frames; three shots, each painted when it first shows and never again. */
    @Test
    void shouldWriteEveryFrameAndPaintEachPictureOnce() throws Exception {
        Storyboard board = new Storyboard(3,
                List.of(new Storyboard.Shot("A lake at night", 0, 1), new Storyboard.Shot("A lake at night Birds", 1, 2),
                        new Storyboard.Shot("Birds over the forest", 2, 3)),
                List.of(new Storyboard.Caption("A lake at night", 0, 1.5),
                        new Storyboard.Caption("Birds over the forest", 1.5, 3)));
        Path wav = Files.createTempFile("film", ".wav");
        Path out = Files.createTempFile("film", ".mp4");
        try {
            Files.write(wav, WavFiles.encode(Soundtrack.mix(3, List.of(), new MusicComposer().compose(3, "pop", "happy"))));
            AtomicInteger painted = new AtomicInteger();
            AtomicInteger frames = new AtomicInteger();
            File dir = Loader.cacheResource(org.bytedeco.ffmpeg.ffmpeg.class, Loader.getPlatform());
            StoryboardArtwork art = new StoryboardArtwork(new ScenePainter(), board, 640, 360,
                    i -> painted.incrementAndGet());
            new FrameEncoder(dir.toPath().resolve("ffmpeg")).encode(
                    new FrameEncoder.Format(640, 360, 8, 800_000, Soundtrack.SAMPLE_RATE),
                    FrameEncoder.frameCount(board.seconds(), 8), new StoryboardFrames(art, 8)::draw, wav, out,
                    (done, total) -> frames.set(done));
            assertEquals(24, frames.get());
            assertEquals(3, painted.get());
            assertTrue(Files.size(out) > 1000);
        } finally {
            Files.deleteIfExists(wav);
            Files.deleteIfExists(out);
        }
    }
}
