package studio.loqui.media.render;

import studio.loqui.media.process.ToolProcess;
import studio.loqui.media.process.ToolResult;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The groups of pictures of a video's H.264 stream (key frame to next key frame), read with FFprobe from
 * its packets, when its coded frames can be copied into an H.264 output frame for frame: 4:2:0 8-bit, even
 * size, no B-frames (packets in display order), a key frame first and a constant frame rate.
 *
 * @param starts the frame index where each group begins, ascending, the first 0
 * @param frames how many frames the stream has
 */
record SourceGops(int[] starts, int frames) {

    /** Either the groups or why the source's packets cannot be copied. */
    record Probe(SourceGops gops, String refusal) {
        static Probe refused(String reason) {
            return new Probe(null, reason);
        }
    }

    /** The frame after the last of group {@code g}. */
    int end(int g) {
        return g + 1 < starts.length ? starts[g + 1] : frames;
    }

    /** FFmpeg {@code -force_key_frames} times that make an encoder start a key frame where each group starts. */
    String keyFrameTimes(double fps) {
        StringBuilder times = new StringBuilder("0");
        for (int g = 1; g < starts.length; g++) {
            times.append(',').append(String.format(Locale.ROOT, "%.6f", (starts[g] - 0.25) / fps));
        }
        return times.toString();
    }

    static Probe probe(Path ffprobe, Path video, Duration limit) {
        Map<String, String> stream = new HashMap<>();
        List<String[]> packets = new ArrayList<>();
        ToolResult result = ToolProcess.of(List.of(ffprobe.toString(), "-v", "error", "-select_streams", "v:0",
                        "-show_entries", "stream=codec_name,pix_fmt,has_b_frames,width,height:packet=pts,dts,flags",
                        "-of", "compact=p=1:nk=0", "-protocol_whitelist", "file", video.toAbsolutePath().toString()))
                .timeLimit(limit)
                .stdoutLines(line -> read(line.strip(), stream, packets)).run();
        if (!result.succeeded()) {
            return Probe.refused("FFprobe could not list the source's packets");
        }
        String refusal = refusal(stream);
        return refusal != null ? Probe.refused(refusal) : groups(packets);
    }

    private static void read(String line, Map<String, String> stream, List<String[]> packets) {
        Map<String, String> fields = new HashMap<>();
        String[] parts = line.split("\\|");
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq > 0) {
                fields.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
            }
        }
        if ("packet".equals(parts[0])) {
            packets.add(new String[] {fields.get("pts"), fields.get("dts"), fields.getOrDefault("flags", "")});
        } else if ("stream".equals(parts[0])) {
            stream.putAll(fields);
        }
    }

    private static String refusal(Map<String, String> stream) {
        if (!"h264".equals(stream.get("codec_name"))) {
            return "the source is not H.264";
        }
        if (!"0".equals(stream.get("has_b_frames"))) {
            return "the source has B-frames";
        }
        if (!"yuv420p".equals(stream.get("pix_fmt"))) {
            return "the source's pixels are " + stream.get("pix_fmt") + ", not 8-bit 4:2:0";
        }
        if (odd(stream.get("width")) || odd(stream.get("height"))) {
            return "the source's width or height is odd";
        }
        return null;
    }

    private static Probe groups(List<String[]> packets) {
        if (packets.isEmpty() || !packets.get(0)[2].startsWith("K")) {
            return Probe.refused("the source does not start with a key frame");
        }
        List<Integer> starts = new ArrayList<>();
        long step = 0;
        long previous = 0;
        for (int i = 0; i < packets.size(); i++) {
            String[] p = packets.get(i);
            long pts = number(p[0]);
            if (pts == Long.MIN_VALUE || pts != number(p[1]) || p[2].contains("D")) {
                return Probe.refused("the source's frames are out of order or lack timestamps");
            }
            if (i == 1) {
                step = pts - previous;
            }
            if (i > 0 && (step <= 0 || pts - previous != step)) {
                return Probe.refused("the source's frame rate is not constant");
            }
            if (p[2].startsWith("K")) {
                starts.add(i);
            }
            previous = pts;
        }
        return new Probe(new SourceGops(starts.stream().mapToInt(Integer::intValue).toArray(), packets.size()), null);
    }

    private static boolean odd(String value) {
        long n = number(value);
        return n == Long.MIN_VALUE || n % 2 != 0;
    }

    private static long number(String value) {
        try {
            return value == null ? Long.MIN_VALUE : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }
}
