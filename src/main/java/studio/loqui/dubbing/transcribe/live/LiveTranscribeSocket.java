package studio.loqui.dubbing.transcribe.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.annotation.PreDestroy;
import org.jboss.logging.Logger;
import studio.loqui.auth.AccessTokens;
import studio.loqui.media.asr.LiveRecognition;
import studio.loqui.media.asr.RecognizerChooser;
import studio.loqui.media.asr.SpeechRecognizer;
import studio.loqui.media.asr.Transcript;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.media.ffmpeg.StreamingAudioDecoder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Live hearing: {@code ws://host/api/v1/process/transcribe/live?language=en&access_token=...}. The client
 * sends mono 16-bit little-endian PCM at 16 kHz as binary messages ({@code format=pcm16}, the default) or the
 * chunks a browser's MediaRecorder makes ({@code format=webm} or {@code format=ogg}, Opus), and
 * {@code {"type":"end"}} when done; the
 * server answers {@code ready}, then {@code partial} (words still being heard) and {@code words} (settled,
 * with times), and a {@code final} with the whole transcript before closing normally. Every limit closes the
 * socket with a code and a reason: 1008 without a live access token, 1003 for data it cannot take, 1009
 * past the audio limit, 1000 after idling or hearing no speech for too long.
 */
@WebSocket(path = "/api/v1/process/transcribe/live")
public class LiveTranscribeSocket {

    static final int POLICY = 1008;
    static final int UNSUPPORTED = 1003;
    static final int TOO_BIG = 1009;
    static final int UNAVAILABLE = 1011;
    static final String PCM16 = "pcm16";
    private static final int MAX_REASON_BYTES = 123;
    private static final UserData.TypedKey<LiveSession> SESSION = new UserData.TypedKey<>("loqui.live");
    private static final Logger LOG = Logger.getLogger(LiveTranscribeSocket.class);

    private final AccessTokens tokens;
    private final RecognizerChooser recognizers;
    private final LiveHearingConfig config;
    private final ObjectMapper json;
    private final FFmpegBinaries ffmpeg;
    private final java.util.concurrent.atomic.AtomicInteger open = new java.util.concurrent.atomic.AtomicInteger();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-hearing-watchdog");
        t.setDaemon(true);
        return t;
    });

    public LiveTranscribeSocket(AccessTokens tokens, RecognizerChooser recognizers, LiveHearingConfig config,
                                ObjectMapper json, FFmpegBinaries ffmpeg) {
        this.tokens = tokens;
        this.recognizers = recognizers;
        this.config = config;
        this.json = json;
        this.ffmpeg = ffmpeg;
    }

    @OnOpen
    public void open(WebSocketConnection connection) {
        QueryParameters query = QueryParameters.of(connection.handshakeRequest().query());
        if (tokens.userOf(bearer(connection, query)).isEmpty()) {
            connection.closeAndAwait(new CloseReason(POLICY, "authentication required: pass a live access token as"
                    + " ?access_token= or an Authorization: Bearer header"));
            return;
        }
        String format = query.get("format").orElse(PCM16);
        Optional<StreamingAudioDecoder.Container> container = StreamingAudioDecoder.Container.named(format);
        if (container.isEmpty() && !(format.equals(PCM16) && query.get("rate").orElse("16000").equals("16000"))) {
            connection.closeAndAwait(new CloseReason(UNSUPPORTED, "send format=pcm16 at rate=16000 (mono 16-bit "
                    + "little-endian), format=webm or format=ogg (Opus, as MediaRecorder records it)"));
            return;
        }
        if (container.isPresent() && !ffmpeg.available()) {
            connection.closeAndAwait(new CloseReason(UNAVAILABLE, "FFmpeg is not available to decode " + format));
            return;
        }
        String language = query.get("language").orElse("en");
        Optional<SpeechRecognizer> engine = recognizers.choose(language).map(RecognizerChooser.Choice::recognizer)
                .filter(SpeechRecognizer::hearsLive);
        if (engine.isEmpty()) {
            connection.closeAndAwait(new CloseReason(UNAVAILABLE, "no live speech recogniser for '" + language
                    + "' on this server"));
            return;
        }
        LiveRecognition recognition = engine.get().listen(language);
        long maxBytes = 2L * recognition.sampleRate() * config.maxAudioSeconds();
        LiveSession session = new LiveSession(recognition, maxBytes, open::decrementAndGet);
        open.incrementAndGet();
        session.receiveThrough(container
                .map(c -> AudioIntake.decoded(ffmpeg.ffmpeg(), c, recognition.sampleRate(), pcm -> hear(connection, session, pcm)))
                .orElseGet(() -> AudioIntake.pcm(pcm -> hear(connection, session, pcm))));
        connection.userData().put(SESSION, session);
        send(connection, Map.of("type", "ready", "engine", engine.get().name(), "format", format,
                "sample_rate", recognition.sampleRate(), "max_seconds", config.maxAudioSeconds()));
        watch(connection, session);
    }

    @OnBinaryMessage
    public void audio(WebSocketConnection connection, byte[] data) {
        LiveSession session = connection.userData().get(SESSION);
        if (session == null) {
            return;
        }
        try {
            session.take(data);
        } catch (LiveSession.LimitReached e) {
            finish(connection, session, TOO_BIG, e.getMessage());
            return;
        }
        session.intake().failure().ifPresent(why -> end(connection, session, UNSUPPORTED, why));
    }

    /** PCM for the recogniser, from the socket's thread or, for compressed audio, the decoder's. */
    private void hear(WebSocketConnection connection, LiveSession session, byte[] pcm) {
        try {
            report(connection, session.accept(pcm));
            if (session.secondsSinceLastWord() > config.noSpeechTimeout().toSeconds()) {
                finish(connection, session, CloseReason.NORMAL.getCode(), noSpeech());
            }
        } catch (LiveSession.LimitReached e) {
            finish(connection, session, TOO_BIG, e.getMessage());
        }
    }

    @OnTextMessage
    public void control(WebSocketConnection connection, String message) {
        LiveSession session = connection.userData().get(SESSION);
        if (session == null) {
            return;
        }
        if (isEnd(message)) {
            session.intake().end();
            Optional<String> failure = session.intake().failure();
            if (failure.isPresent()) {
                end(connection, session, UNSUPPORTED, failure.get());
            } else {
                finish(connection, session, CloseReason.NORMAL.getCode(), "done");
            }
        } else {
            end(connection, session, UNSUPPORTED, "send audio as binary messages and {\"type\":\"end\"} to finish");
        }
    }

    @OnClose
    public void closed(WebSocketConnection connection) {
        LiveSession session = connection.userData().get(SESSION);
        if (session != null) {
            session.close();
        }
    }

    @OnError
    public void failed(WebSocketConnection connection, Throwable error) {
        LOG.warnf("live hearing %s failed: %s", connection.id(), error.toString());
        LiveSession session = connection.userData().get(SESSION);
        if (session != null) {
            end(connection, session, UNAVAILABLE, "recognition failed: " + error.getMessage());
        }
    }

    /** Sessions holding a recogniser now. */
    public int openSessions() {
        return open.get();
    }

    @PreDestroy
    void stop() {
        watchdog.shutdownNow();
    }

    /** Checks the session once a second, ending it when it idles or hears no speech for too long. */
    private void watch(WebSocketConnection connection, LiveSession session) {
        watchdog.schedule(() -> check(connection, session), 1, TimeUnit.SECONDS);
    }

    private void check(WebSocketConnection connection, LiveSession session) {
        if (!connection.isOpen()) {
            session.close();
        } else if (session.intake().failure().isPresent()) {
            end(connection, session, UNSUPPORTED, session.intake().failure().get());
        } else if (session.idleSeconds() > config.idleTimeout().toSeconds()) {
            finish(connection, session, CloseReason.NORMAL.getCode(), "no audio for " + config.idleTimeout().toSeconds() + " s");
        } else if (session.secondsSinceLastWord() > config.noSpeechTimeout().toSeconds()) {
            finish(connection, session, CloseReason.NORMAL.getCode(), noSpeech());
        } else {
            watch(connection, session);
        }
    }

    private String noSpeech() {
        return "no speech heard for " + config.noSpeechTimeout().toSeconds() + " s of audio";
    }

    private void report(WebSocketConnection connection, LiveRecognition.Heard heard) {
        if (!heard.settled().isEmpty()) {
            send(connection, Map.of("type", "words", "text", text(heard.settled()), "words", views(heard.settled())));
        }
        if (!heard.partial().isEmpty()) {
            send(connection, Map.of("type", "partial", "text", heard.partial()));
        }
    }

    /** Settles the last words, sends the whole transcript and closes. */
    private void finish(WebSocketConnection connection, LiveSession session, int code, String reason) {
        try {
            report(connection, session.finish());
            List<Transcript.Word> words = session.words();
            Map<String, Object> done = new LinkedHashMap<>();
            done.put("type", "final");
            done.put("text", text(words));
            done.put("words", views(words));
            done.put("audio_seconds", session.audioSeconds());
            done.put("reason", reason);
            send(connection, done);
        } catch (LiveSession.LimitReached alreadyEnded) {
            // the watchdog and the client ended it at once: one final is enough
        }
        end(connection, session, code, reason);
    }

    private static void end(WebSocketConnection connection, LiveSession session, int code, String reason) {
        session.close();
        if (connection.isOpen()) {
            connection.closeAndAwait(new CloseReason(code, fitted(reason)));
        }
    }

    private void send(WebSocketConnection connection, Map<String, ?> message) {
        if (connection.isOpen()) {
            try {
                connection.sendTextAndAwait(json.writeValueAsString(message));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A close reason is at most 123 bytes of UTF-8. */
    static String fitted(String reason) {
        byte[] bytes = reason.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length <= MAX_REASON_BYTES) {
            return reason;
        }
        String cut = new String(bytes, 0, MAX_REASON_BYTES - 3, java.nio.charset.StandardCharsets.UTF_8);
        return cut.substring(0, cut.length() - 1) + "...";
    }

    private static boolean isEnd(String message) {
        String m = message.strip().replace(" ", "");
        return m.equals("end") || m.equals("{\"type\":\"end\"}");
    }

    private static String bearer(WebSocketConnection connection, QueryParameters query) {
        String header = connection.handshakeRequest().header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7);
        }
        return query.get("access_token").orElse(null);
    }

    private static String text(List<Transcript.Word> words) {
        return String.join(" ", words.stream().map(Transcript.Word::word).toList());
    }

    private static List<Map<String, Object>> views(List<Transcript.Word> words) {
        return words.stream().map(w -> Map.<String, Object>of("word", w.word(), "start", w.startSeconds(),
                "end", w.endSeconds(), "confidence", w.confidence())).toList();
    }
}
