package studio.loqui.media.audio;

import studio.loqui.media.ffmpeg.FFmpegRun;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** One FFmpeg conversion whose output is read from its pipe; a failure is the audio's, with FFmpeg's reason. */
final class FFmpegPipe {

    private FFmpegPipe() {
    }

    static byte[] toBytes(Path ffmpeg, List<String> arguments, Duration limit) {
        try {
            return FFmpegRun.toBytes(ffmpeg, arguments, limit, "convert the audio");
        } catch (FFmpegRun.FFmpegRunException e) {
            throw new AudioDecodingException(e.getMessage(), e);
        }
    }
}
