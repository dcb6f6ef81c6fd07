package studio.loqui.media.quality;

import org.junit.jupiter.api.Test;
import studio.loqui.media.TestMedia;
import studio.loqui.media.audio.AudioQualityReport;
import studio.loqui.media.audio.PcmAudio;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AudioMeterTest {

    private final AudioMeter meter = new AudioMeter();

    @Test
    void shouldAcceptRealSpeechAndMeasureIt() {
        AudioQualityReport report = meter.measure(TestMedia.realVoice(TestMedia.VOICE_0870));
        assertNull(report.rejectionReason());
        assertEquals(7.1, report.durationSeconds(), 0.05);
        assertTrue(report.speechSeconds() > 5.0 && report.speechSeconds() <= 7.1, "speech " + report.speechSeconds());
        assertTrue(report.snrDb() > 12, "snr " + report.snrDb());
        assertTrue(report.peakDbfs() < 0 && report.peakDbfs() > -20, "peak " + report.peakDbfs());
        assertEquals(0, report.clippingRatio(), 1e-4);
    }

    @Test
    void shouldRejectSilence() {
        AudioQualityReport report = meter.measure(new PcmAudio(new float[16000 * 5], 16000));
        assertFalse(report.accepted());
        assertTrue(report.rejectionReason().contains("silent"), report.rejectionReason());
    }

    @Test
    void shouldRejectNoiseWithoutVoice() {
        float[] noise = new float[16000 * 6];
        Random random = new Random(7);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) (0.1 * random.nextGaussian());
        }
        AudioQualityReport report = meter.measure(new PcmAudio(noise, 16000));
        assertFalse(report.accepted());
        assertTrue(report.speechSeconds() < 1, "speech found in noise: " + report.speechSeconds());
    }

    @Test
    void shouldRejectUnderThreeSecondsOfSpeech() {
        PcmAudio shortSample = TestMedia.realVoice(TestMedia.VOICE_0870).slice(0, 2.5);
        AudioQualityReport report = meter.measure(shortSample);
        assertFalse(report.accepted());
        assertTrue(report.rejectionReason().startsWith("Only"), report.rejectionReason());
    }

    @Test
    void shouldReportClippingAndWarn() {
        PcmAudio loud = TestMedia.realVoice(TestMedia.VOICE_0870).copy();
        float[] x = loud.samples();
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.max(-1f, Math.min(1f, x[i] * 8));
        }
        AudioQualityReport report = meter.measure(loud);
        assertTrue(report.clippingRatio() > 0.001, "clipping " + report.clippingRatio());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("clipped")), report.warnings().toString());
    }
}
