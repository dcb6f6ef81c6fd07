package studio.loqui.media.dsp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PitchTrackTest {

    private static final PitchTrack DEFAULT_TRACK =
            new PitchTrack(new float[] {0, 100, 110, 0, 120, 130, 140, 0}, 0.01);

    @Test
    void shouldKeepOnlyVoicedFramesInOrder() {
        assertArrayEquals(new float[] {100, 110, 120, 130, 140}, DEFAULT_TRACK.voicedValues());
        assertEquals(5 / 8.0, DEFAULT_TRACK.voicedRatio(), 1e-12);
    }

    @Test
    void shouldTakeMedianAndPercentilesOfVoicedFramesOnly() {
        assertEquals(120, DEFAULT_TRACK.medianHz());
        assertEquals(100, DEFAULT_TRACK.percentileHz(0));
        assertEquals(140, DEFAULT_TRACK.percentileHz(100));
        assertEquals(110, DEFAULT_TRACK.percentileHz(25));
    }

    @Test
    void shouldMeasureVariabilityInSemitones() {
        // 100 and 200 Hz alternate: one octave, so each is 6 semitones from the mean
        PitchTrack octaves = new PitchTrack(new float[] {100, 200, 100, 200}, 0.01);
        assertEquals(Math.sqrt(4 * 36 / 3.0), octaves.stdSemitones(), 1e-4);
        // the same intervals an octave higher vary just as much
        assertEquals(octaves.stdSemitones(), new PitchTrack(new float[] {200, 400, 200, 400}, 0.01).stdSemitones(), 1e-4);
        assertEquals(12, PitchTrack.semitones(440) - PitchTrack.semitones(220), 1e-9);
    }

    @Test
    void shouldReadPitchAtATimeByNearestFrame() {
        assertEquals(100, DEFAULT_TRACK.at(0.01));
        assertEquals(110, DEFAULT_TRACK.at(0.0249));
        assertEquals(0, DEFAULT_TRACK.at(0.03));
        assertEquals(0, DEFAULT_TRACK.at(1.0));
        assertEquals(0, DEFAULT_TRACK.at(-0.5));
    }

    @Test
    void shouldReportZeroForATrackWithoutVoice() {
        PitchTrack silent = new PitchTrack(new float[] {0, 0, 0}, 0.01);
        assertEquals(0, silent.medianHz());
        assertEquals(0, silent.voicedRatio());
        assertEquals(0, silent.stdSemitones());
        assertEquals(0, new PitchTrack(new float[0], 0.01).voicedRatio());
    }
}
