package studio.loqui.dubbing.transcribe.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Bounds of one live-hearing session, under {@code loqui.live-hearing.}. */
@ConfigMapping(prefix = "loqui.live-hearing")
public interface LiveHearingConfig {

    /** Audio one session may send, in seconds of 16 kHz speech (the byte limit follows from it). */
    @WithDefault("600")
    int maxAudioSeconds();

    /** A session that sends nothing for this long is closed. */
    @WithDefault("30s")
    Duration idleTimeout();

    /** A session whose audio holds no word for this long (silence, music, a muted microphone) is closed. */
    @WithDefault("120s")
    Duration noSpeechTimeout();
}
