package studio.loqui.media.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** RIFF/WAVE with 16-bit PCM, written in Java: the default output needs no FFmpeg process. */
public final class WavFiles {

    public static final int HEADER_BYTES = 44;

    private WavFiles() {
    }

    public static byte[] encode(PcmAudio audio) {
        return encode(audio.toPcm16le(), 1, audio.sampleRate());
    }

    public static byte[] encode(StereoPcm audio) {
        return encode(audio.toPcm16le(), 2, audio.sampleRate());
    }

    private static byte[] encode(byte[] pcm, int channels, int rate) {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + pcm.length).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) channels)
                .putInt(rate).putInt(rate * 2 * channels).putShort((short) (2 * channels)).putShort((short) 16);
        b.put("data".getBytes()).putInt(pcm.length).put(pcm);
        return b.array();
    }
}
