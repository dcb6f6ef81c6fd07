package studio.loqui.media.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.loqui.media.MediaTestFiles;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which sources' H.264 packets a lip-sync may copy, on short videos made by the bundled FFmpeg. */
class SourceGopsTest {

    @TempDir
    Path dir;

    @Test
    void shouldListTheGroupsOfAConstantRateH264Video() throws Exception {
        SourceGops.Probe probe = probe(encode("cfr.mp4", List.of("-c:v", "libopenh264", "-g", "20")));
        assertNull(probe.refusal());
        assertArrayEquals(new int[] {0, 20, 40}, probe.gops().starts());
        assertEquals(50, probe.gops().frames());
        assertEquals(40, probe.gops().end(1));
        assertEquals("0,0.790000,1.590000", probe.gops().keyFrameTimes(25));
    }

    @Test
    void shouldRefuseAVariableFrameRate() throws Exception {
        Path vfr = encode("vfr.mp4", List.of("-vf", "setpts='(N+gt(N,20)*N/2)/25/TB'", "-fps_mode", "passthrough",
                "-c:v", "libopenh264"));
        assertEquals("the source's frame rate is not constant", probe(vfr).refusal());
    }

    @Test
    void shouldRefuseAnotherCodec() throws Exception {
        assertEquals("the source is not H.264", probe(encode("vp8.webm", List.of("-c:v", "libvpx"))).refusal());
    }

    private Path encode(String name, List<String> picture) throws Exception {
        Path out = dir.resolve(name);
        List<String> command = new java.util.ArrayList<>(List.of(MediaTestFiles.ffmpeg().toString(), "-v", "error",
                "-y", "-f", "lavfi", "-i", "testsrc2=s=160x120:r=25:d=2", "-pix_fmt", "yuv420p"));
        command.addAll(picture);
        command.add(out.toString());
        MediaTestFiles.run(command);
        return out;
    }

    private static SourceGops.Probe probe(Path video) {
        return SourceGops.probe(MediaTestFiles.ffprobe(), video, Duration.ofSeconds(30));
    }
}
