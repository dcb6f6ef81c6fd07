package studio.loqui.voice.rest;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.storage.Asset;
import studio.loqui.speech.Sample;
import studio.loqui.speech.Voice;
import studio.loqui.speech.VoiceAnalysis;

/** Builds sample views from the sample's file and voice. */
@ApplicationScoped
public class SampleViews {

    private final VoiceAnalysis analysis;

    public SampleViews(VoiceAnalysis analysis) {
        this.analysis = analysis;
    }

    public SampleView of(Sample sample) {
        Asset asset = Asset.findById(sample.assetId);
        Voice voice = Voice.findById(sample.voiceId);
        Double pitch = voice == null ? null : round(analysis.profileOf(voice).medianF0Hz());
        return SampleView.of(sample, asset, voice, pitch, voice == null ? null : analysis.qualityOf(voice));
    }

    private static Double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
