package studio.loqui.media.voiceprint;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.PitchTrack;

/**
 * Renders speech (typically TTS output) toward a measured voice: TD-PSOLA moves the pitch to the
 * target's median and range and the tempo to its speaking rate (skipped when the speech already
 * has them, as when the engine followed a {@link studio.loqui.media.tts.PitchTarget}), then the spectral envelope is
 * warped by the ratio of formant spacings (vocal-tract length) and equalised to the target's
 * mean log-mel spectrum. Works on {@link VoiceAnalyzer#ANALYSIS_RATE} audio. Thread-safe.
 */
@ApplicationScoped
public class VoiceConverter {

    private final VoiceAnalyzer analyzer;

    public VoiceConverter() {
        this(new VoiceAnalyzer());
    }

    public VoiceConverter(VoiceAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The source speech spoken toward {@code target}. */
    public PcmAudio convert(PcmAudio source, VoiceProfileData target) {
        return convertWithPlan(source, target).audio();
    }

    /** The converted speech and the factors that were applied. */
    public Conversion convertWithPlan(PcmAudio source, VoiceProfileData target) {
        return convertWithPlan(source, null, target);
    }

    /** As {@link #convertWithPlan(PcmAudio, VoiceProfileData)}; {@code sourcePitch}, when not null, spares measuring it. */
    public Conversion convertWithPlan(PcmAudio source, PitchTrack sourcePitch, VoiceProfileData target) {
        requireRate(source);
        PitchTrack pitch = sourcePitch != null ? sourcePitch : analyzer.pitch(source);
        ConversionPlan plan = ConversionPlan.between(pitch, analyzer.analyze(source, pitch), target);
        EnvelopeShaper shaper = new EnvelopeShaper(source.sampleRate(), plan.targetMedianF0Hz());
        if (!plan.movesPitchOrTime()) {
            return new Conversion(shaper.apply(source, plan.formantScale(), target), plan, pitch);
        }
        PcmAudio shifted = Psola.render(source, pitch, seconds -> plan.pitchRatio(pitch.at(seconds)), plan.timeScale());
        return new Conversion(shaper.apply(shifted, plan.formantScale(), target), plan, null);
    }

    /**
     * Converted speech with the plan that produced it.
     *
     * @param outputPitch the output's pitch track where known without measuring (pitch and timing untouched), else null
     */
    public record Conversion(PcmAudio audio, ConversionPlan plan, PitchTrack outputPitch) {
    }

    VoiceAnalyzer analyzer() {
        return analyzer;
    }

    private static void requireRate(PcmAudio source) {
        if (source.sampleRate() != VoiceAnalyzer.ANALYSIS_RATE) {
            throw new IllegalArgumentException("voice conversion needs " + VoiceAnalyzer.ANALYSIS_RATE
                    + " Hz audio, got " + source.sampleRate());
        }
    }
}
