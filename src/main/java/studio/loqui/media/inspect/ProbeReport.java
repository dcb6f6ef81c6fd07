package studio.loqui.media.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** What {@code ffprobe -show_streams -show_format -of json} said about a file: its first streams and its format. */
record ProbeReport(Optional<Stream> video, Optional<Stream> audio, Double durationSeconds, String formatName) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One stream; numbers that ffprobe leaves out are {@code null}. */
    record Stream(String codecName, Integer sampleRate, Integer channels, Integer width, Integer height) {

        static Stream of(JsonNode node) {
            return new Stream(text(node, "codec_name"), integer(node, "sample_rate"), integer(node, "channels"),
                    integer(node, "width"), integer(node, "height"));
        }
    }

    static ProbeReport parse(byte[] json) throws IOException {
        JsonNode root = JSON.readTree(json);
        JsonNode format = root.path("format");
        String duration = text(format, "duration");
        return new ProbeReport(first(root, "video"), first(root, "audio"),
                duration == null ? null : seconds(duration), String.valueOf(text(format, "format_name")));
    }

    private static Optional<Stream> first(JsonNode root, String codecType) {
        return StreamSupport.stream(root.path("streams").spliterator(), false)
                .filter(s -> codecType.equals(s.path("codec_type").asText()))
                .filter(s -> s.path("disposition").path("attached_pic").asInt(0) != 1)
                .findFirst().map(Stream::of);
    }

    private static Double seconds(String value) {
        try {
            return Math.round(Float.parseFloat(value) * 1000.0) / 1000.0;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer integer(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
