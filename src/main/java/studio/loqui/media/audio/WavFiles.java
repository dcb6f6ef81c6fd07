package studio.loqui.media.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** RIFF/WAVE with 16-bit PCM, written in Java: the default output needs no FFmpeg process. */
public final class WavFiles {

    private static final int HEADER_BYTES = 44;

    private WavFiles() {
    }

    public static byte[] encode(PcmAudio audio) {
        byte[] pcm = audio.toPcm16le();
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + pcm.length).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(audio.sampleRate()).putInt(audio.sampleRate() * 2).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes()).putInt(pcm.length).put(pcm);
        return b.array();
    }

    /**
     * Reads mono 16-bit PCM WAV as produced by our own encoder and by the TTS command-line tools.
     * Anything else (other encodings, several channels) goes through {@link AudioDecoder}.
     */
    public static PcmAudio decodePcm16Mono(byte[] wav) {
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.length < HEADER_BYTES || b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157) {
            throw new IllegalArgumentException("not a RIFF/WAVE file");
        }
        int pos = 12;
        int rate = 0;
        while (pos + 8 <= wav.length) {
            int id = b.getInt(pos);
            int size = b.getInt(pos + 4);
            if (id == 0x20746d66) {
                requirePcm16Mono(b, pos + 8);
                rate = b.getInt(pos + 12);
            } else if (id == 0x61746164) {
                // Streamed WAV (e.g. espeak-ng --stdout) leaves the size unset; take what is there.
                int length = size <= 0 || size > wav.length - pos - 8 ? wav.length - pos - 8 : size;
                return PcmAudio.fromPcm16le(wav, pos + 8, length & ~1, rate);
            }
            pos += 8 + size + (size & 1);
        }
        throw new IllegalArgumentException("WAVE file has no data chunk");
    }

    private static void requirePcm16Mono(ByteBuffer b, int fmt) {
        if (b.getShort(fmt) != 1 || b.getShort(fmt + 2) != 1 || b.getShort(fmt + 14) != 16) {
            throw new IllegalArgumentException("WAVE file is not 16-bit mono PCM");
        }
    }
}
