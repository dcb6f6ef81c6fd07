package studio.loqui.dubbing.transcribe.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A WebSocket client that keeps every message the server sends and how it closed. */
final class LiveClient implements WebSocket.Listener {

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    volatile String closeReason;
    private final StringBuilder text = new StringBuilder();
    WebSocket socket;

    static LiveClient connect(URI uri) throws Exception {
        LiveClient client = new LiveClient();
        client.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, client).get(10, TimeUnit.SECONDS);
        return client;
    }

    void send(byte[] pcm) throws Exception {
        socket.sendBinary(ByteBuffer.wrap(pcm), true).get(10, TimeUnit.SECONDS);
    }

    void sendText(String message) throws Exception {
        socket.sendText(message, true).get(10, TimeUnit.SECONDS);
    }

    int awaitClose() throws Exception {
        return closeCode.get(30, TimeUnit.SECONDS);
    }

    List<JsonNode> ofType(String type) {
        return messages.stream().filter(m -> type.equals(m.path("type").asText())).toList();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            try {
                messages.add(JSON.readTree(text.toString()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            text.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeReason = reason;
        closeCode.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closeCode.completeExceptionally(error);
    }
}
