package studio.loqui.media.ffmpeg;

import studio.loqui.media.process.ToolProcessException;
import studio.loqui.media.process.ToolResult;
import studio.loqui.media.process.ToolRun;

import java.io.IOException;

/** Runs an FFmpeg that encodes frames piped to it, failing as an {@link IOException} that says what FFmpeg said. */
public final class FFmpegFrames {

    private FFmpegFrames() {
    }

    public static ToolResult run(ToolRun run) throws IOException {
        try {
            return run.run();
        } catch (ToolProcessException e) {
            if (e.reason() == ToolProcessException.Reason.INPUT_REFUSED) {
                throw new IOException("FFmpeg stopped taking frames: " + e.stderrTail().strip(), e);
            }
            throw new IOException(e.getMessage() + ": " + e.stderrTail().strip(), e);
        }
    }
}
