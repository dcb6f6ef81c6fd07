package studio.loqui.voice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.AudioDecodingException;
import studio.loqui.media.quality.AudioMeter;
import studio.loqui.media.audio.AudioQualityReport;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.voiceprint.VoiceAnalyzer;
import studio.loqui.media.voiceprint.VoiceProfileData;
import studio.loqui.system.ApiException;

import java.nio.file.Path;

/**
 * Turns a recording into a voice: decodes it, measures whether it can be cloned (at least 3 s of
 * speech, not silence or noise) and analyses the speaker. Bounded work (a few hundred milliseconds for
 * 30 s of speech), so it may run on a request's worker thread.
 */
@ApplicationScoped
public class VoiceAnalysis {

    private final AudioDecoder decoder;
    private final AudioMeter meter;
    private final VoiceAnalyzer analyzer;
    private final ObjectMapper json;

    public VoiceAnalysis(AudioDecoder decoder, AudioMeter meter, VoiceAnalyzer analyzer, ObjectMapper json) {
        this.decoder = decoder;
        this.meter = meter;
        this.analyzer = analyzer;
        this.json = json;
    }

    /** Analyses speech in a file; a recording that cannot make a voice is a 400 saying why. */
    public AnalysedSpeech analyse(Path file) {
        PcmAudio speech = decode(file);
        AudioQualityReport quality = meter.measure(speech);
        if (!quality.accepted()) {
            throw ApiException.badRequest("This recording cannot be used as a voice sample: " + quality.rejectionReason());
        }
        return new AnalysedSpeech(quality, analyzer.analyze(speech));
    }

    public PcmAudio decode(Path file) {
        try {
            return decoder.decode(file, VoiceAnalyzer.ANALYSIS_RATE);
        } catch (AudioDecodingException e) {
            throw ApiException.badRequest("The audio could not be decoded: " + e.getMessage());
        }
    }

    public VoiceProfileData profileOf(Voice voice) {
        try {
            return json.readValue(voice.profileJson, VoiceProfileData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Voice " + voice.publicId + " has an unreadable profile", e);
        }
    }

    public AudioQualityReport qualityOf(Voice voice) {
        try {
            return voice.qualityJson == null ? null : json.readValue(voice.qualityJson, AudioQualityReport.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
