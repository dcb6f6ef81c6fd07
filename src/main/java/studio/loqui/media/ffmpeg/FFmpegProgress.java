package studio.loqui.media.ffmpeg;

import java.util.function.Consumer;

/**
 * Reads FFmpeg's {@code -progress} lines ({@code out_time_us=1234567}) into milliseconds of media done.
 * Lines arrive on a reader thread and the caller asks from its own, hence the volatile.
 */
final class FFmpegProgress implements Consumer<String> {

    private static final String MICROS = "out_time_us=";

    private volatile long millis;

    @Override
    public void accept(String line) {
        if (line.startsWith(MICROS)) {
            String value = line.substring(MICROS.length()).strip();
            if (!value.isEmpty() && Character.isDigit(value.charAt(0))) {
                millis = Long.parseLong(value) / 1000;
            }
        }
    }

    long millis() {
        return millis;
    }
}
