package studio.loqui.media.asr;

import org.junit.jupiter.api.Test;
import studio.loqui.media.audio.PcmAudio;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeechChunksTest {

    private static final int RATE = 16000;

    @Test
    void shouldCutLongAudioAtPausesIntoBoundedPieces() {
        float[] samples = new float[75 * RATE];
        for (int i = 0; i < samples.length; i++) {
            double t = i / (double) RATE;
            boolean pause = (t > 24.0 && t < 24.4) || (t > 51.0 && t < 51.3);
            samples[i] = pause ? 0 : (float) (0.3 * Math.sin(2 * Math.PI * 220 * t));
        }
        List<SpeechChunks.Chunk> chunks = SpeechChunks.split(new PcmAudio(samples, RATE));

        assertEquals(3, chunks.size());
        assertEquals(24.2, chunks.get(1).offsetSeconds(), 0.2);
        assertEquals(51.15, chunks.get(2).offsetSeconds(), 0.2);
        double total = chunks.stream().mapToDouble(c -> c.audio().durationSeconds()).sum();
        assertEquals(75, total, 0.001);
        assertTrue(chunks.stream().allMatch(c -> c.audio().durationSeconds() <= SpeechChunks.MAX_SECONDS));
    }

    @Test
    void shouldKeepShortAudioWhole() {
        List<SpeechChunks.Chunk> chunks = SpeechChunks.split(new PcmAudio(new float[7 * RATE], RATE));
        assertEquals(1, chunks.size());
        assertEquals(0, chunks.get(0).offsetSeconds());
    }
}
