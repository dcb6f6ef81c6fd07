package studio.loqui.media.render;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.loqui.lipsync.LipSyncFormat;
import studio.loqui.lipsync.LipSyncQuality;
import studio.loqui.media.MediaTestFiles;
import studio.loqui.media.face.FaceDetector;
import studio.loqui.media.face.LandmarkLocator;
import studio.loqui.media.lipsync.LipSync;
import studio.loqui.media.lipsync.LipSyncModel;
import studio.loqui.support.ChromiumVideo;
import studio.loqui.support.LipSyncMeasurement;
import studio.loqui.support.MovingFaceVideo;
import studio.loqui.support.RawFrames;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * MP4 lip-sync of an H.264 video of a moving real face with a key frame at least every 25 frames (OpenH264 adds
 * one at each cut) and a face-less card over frames 45-104, so that whole groups of pictures show no face at all:
 * those groups are the source's own packets and decode to the source's very bytes, the mouth follows the new speech (measured by
 * another detector), and the joined stream plays: one video stream with the source's frames and length, decoded
 * without a single error, and to its end in Chromium. An MPEG-4 Part 2 source of the same picture is re-encoded throughout, and says so.
 */
class VideoLipSyncMp4Test {

    static final MovingFaceVideo MOVING = new MovingFaceVideo(480, 360, 25, 150, 45, 105);
    static final double LEAD = 1.0;

    @TempDir
    static Path dir;

    private static Path source;
    private static Path output;
    private static float[] speech;
    private static Path audio;
    private static VideoLipSync lipSync;
    private static LipSyncResult result;
    /** The source's key frames as its decoder reports them, and the frames of the face-less groups between them. */
    private static int[] keyFrames;
    private static boolean[] copied;
    private static int copiedFrames;

    @BeforeAll
    static void lipSyncOnce() throws Exception {
        source = MOVING.write(MediaTestFiles.ffmpeg(), MediaTestFiles.astronaut(),
                MediaTestFiles.voice("librivox-austen-0870.wav"), dir.resolve("moving.mp4"), List.of("-g", "25"));
        speech = MediaTestFiles.padded(MediaTestFiles.decodeMono16k(MediaTestFiles.voice("librivox-austen-0890.wav")),
                LEAD, 0.5);
        audio = dir.resolve("other.wav");
        MediaTestFiles.writeWav(audio, speech);
        lipSync = new VideoLipSync(MediaTestFiles.ffmpeg(), MediaTestFiles.ffprobe(), AvatarLimits.DEFAULTS,
                new FaceDetector(), new LandmarkLocator(), new LipSync(LipSyncModel.load(LipSyncModel.DEFAULT_DIRECTORY)));
        keyFrames = decodedKeyFrames(source);
        copied = facelessGroups(keyFrames);
        copiedFrames = (int) java.util.stream.IntStream.range(0, MOVING.frames).filter(f -> copied[f]).count();
        output = dir.resolve("synced.mp4");
        result = lipSync.sync(source, audio, mp4(), ProgressListener.NONE, output);
        System.out.println("MP4 lip-sync with copied groups of pictures: " + result);
    }

    @Test
    void shouldFindTheSourcesGroupsOfPictures() {
        SourceGops.Probe probe = SourceGops.probe(MediaTestFiles.ffprobe(), source, Duration.ofSeconds(30));
        assertNotNull(probe.gops(), probe.refusal());
        assertArrayEquals(keyFrames, probe.gops().starts());
        assertEquals(MOVING.frames, probe.gops().frames());
    }

    @Test
    void shouldCopyTheFacelessGroupsAndSaySo() {
        assertEquals(MOVING.frames, result.frames());
        assertTrue(copiedFrames >= 25, "the test video has no whole face-less group: " + Arrays.toString(keyFrames));
        long groups = Arrays.stream(keyFrames).filter(k -> copied[k]).count();
        assertEquals(copiedFrames + " face-less frames (" + groups + " of " + keyFrames.length
                + " groups of pictures) copied from the source as coded, the other frames re-encoded", result.pictureNote());
    }

    @Test
    void shouldDecodeTheCopiedFramesToTheSourcesBytes() throws Exception {
        int identical = 0;
        int changed = 0;
        try (RawFrames before = new RawFrames(MediaTestFiles.ffmpeg(), source, MOVING.width, MOVING.height);
             RawFrames after = new RawFrames(MediaTestFiles.ffmpeg(), output, MOVING.width, MOVING.height)) {
            for (int f = 0; f < MOVING.frames; f++) {
                byte[] a = before.next();
                byte[] b = after.next();
                assertNotNull(b, "the output ends at frame " + f);
                if (copied[f]) {
                    assertArrayEquals(a, b, "copied frame " + f + " changed");
                    identical++;
                } else if (!Arrays.equals(a, b)) {
                    changed++;
                }
            }
        }
        assertEquals(copiedFrames, identical);
        assertTrue(changed >= MOVING.frames - copiedFrames - 1, "re-encoded frames changed: " + changed);
    }

    @Test
    void shouldMoveTheMouthWithTheNewSpeech() throws Exception {
        LipSyncMeasurement m = LipSyncMeasurement.of(MediaTestFiles.ffmpeg(), MOVING, source, output, speech, LEAD);
        System.out.println("MP4 lip-sync, second detector: " + m);
        assertTrue(m.measured() > 0.6 * (MOVING.frames - m.facelessCompared()), "measured " + m.measured());
        assertTrue(m.r() >= 0.5, "mouth opening against the new speech: r = " + m.r());
        assertTrue(m.silentOpening() <= m.silentSourceOpening() + 0.1 * m.widest(), "open in silence: " + m);
    }

    @Test
    void shouldPlayAsOneVideoStreamAsLongAsTheSource() throws Exception {
        assertPlaysLikeTheSource(output);
        double sound = MediaTestFiles.decodeMono16k(output).length / 16000.0;
        assertEquals(MOVING.frames / (double) MOVING.fps, sound, 0.1, "the new sound lasts as long as the picture");
    }

    @Test
    void shouldPlayToItsEndInChromium() throws Exception {
        assumeTrue(ChromiumVideo.available(), "Debian's chromium and chromium-driver are not installed");
        ChromiumVideo.Played played = ChromiumVideo.play(output);
        System.out.println("Chromium played the MP4: " + played);
        assertEquals("", played.error());
        assertTrue(played.ended(), "playback did not reach the end");
        assertEquals(MOVING.frames / (double) MOVING.fps, played.duration(), 0.05);
        assertTrue(played.frames() >= MOVING.frames - 2, "Chromium showed " + played.frames() + " frames");
    }

    @Test
    void shouldReencodeEveryFrameOfASourceThatIsNotH264AndSaySo() throws Exception {
        Path mpeg4 = dir.resolve("moving-mpeg4.mp4");
        MediaTestFiles.run(List.of(MediaTestFiles.ffmpeg().toString(), "-v", "error", "-y", "-i", source.toString(),
                "-c:v", "mpeg4", "-q:v", "3", "-c:a", "copy", mpeg4.toString()));
        Path out = dir.resolve("synced-from-mpeg4.mp4");
        LipSyncResult reencoded = lipSync.sync(mpeg4, audio, mp4(), ProgressListener.NONE, out);
        assertEquals("every frame re-encoded: the source is not H.264", reencoded.pictureNote());
        assertEquals(MOVING.frames, reencoded.frames());
        assertPlaysLikeTheSource(out);
    }

    private static int[] decodedKeyFrames(Path video) throws IOException, InterruptedException {
        String[] flags = new String(MediaTestFiles.run(List.of(MediaTestFiles.ffprobe().toString(), "-v", "error",
                "-select_streams", "v:0", "-show_entries", "frame=key_frame", "-of", "csv=p=0", video.toString())),
                StandardCharsets.UTF_8).strip().split("\\s+");
        return java.util.stream.IntStream.range(0, flags.length).filter(f -> flags[f].equals("1")).toArray();
    }

    /** The frames of the groups (key frame to next key frame) that lie wholly in the face-less stretch. */
    private static boolean[] facelessGroups(int[] keys) {
        boolean[] frames = new boolean[MOVING.frames];
        for (int g = 0; g < keys.length; g++) {
            int end = g + 1 < keys.length ? keys[g + 1] : MOVING.frames;
            if (keys[g] >= MOVING.facelessFrom && end <= MOVING.facelessTo) {
                Arrays.fill(frames, keys[g], end, true);
            }
        }
        return frames;
    }

    private static VideoLipSync.Encoding mp4() {
        return LipSyncFormat.MP4.encoding(LipSyncQuality.HIGH, MOVING.width, MOVING.height);
    }

    private static void assertPlaysLikeTheSource(Path video) throws Exception {
        assertEquals("video," + MOVING.frames, probe(video, "stream=codec_type,nb_read_packets", "v").strip());
        assertEquals(1, probe(video, "stream=codec_type", "v").strip().lines().count(), "video streams");
        double length = Double.parseDouble(probe(video, "stream=duration", "v:0").strip());
        double sourceLength = Double.parseDouble(probe(source, "stream=duration", "v:0").strip());
        assertEquals(sourceLength, length, 0.5 / MOVING.fps);
        Process decode = new ProcessBuilder(MediaTestFiles.ffmpeg().toString(), "-v", "error", "-nostdin",
                "-i", video.toString(), "-f", "null", "-").redirectErrorStream(true).start();
        String errors = new String(decode.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, decode.waitFor());
        assertEquals("", errors, "decoding printed errors");
    }

    private static String probe(Path video, String entries, String streams) throws IOException, InterruptedException {
        return new String(MediaTestFiles.run(List.of(MediaTestFiles.ffprobe().toString(), "-v", "error",
                "-count_packets", "-select_streams", streams, "-show_entries", entries, "-of", "csv=p=0",
                video.toString())), StandardCharsets.UTF_8);
    }
}
