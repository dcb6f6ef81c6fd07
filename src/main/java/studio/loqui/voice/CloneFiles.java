package studio.loqui.voice;

import studio.loqui.speech.AnalysedSpeech;
import studio.loqui.speech.Voice;
import studio.loqui.speech.VoiceAnalysis;
import studio.loqui.speech.VoiceOrigin;
import studio.loqui.speech.VoiceService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.media.voiceprint.VoiceProfileData;
import studio.loqui.storage.Asset;

import java.util.Optional;

/**
 * The database side of a clone job, each call its own transaction so the job holds no entity. The voice is
 * analysed between these calls, outside any transaction.
 */
@ApplicationScoped
public class CloneFiles {

    private final VoiceService voices;
    private final VoiceAnalysis analysis;

    public CloneFiles(VoiceService voices, VoiceAnalysis analysis) {
        this.voices = voices;
        this.analysis = analysis;
    }

    /**
     * A clone as its job sees it: {@code voiceId} once an attempt kept its voice, else {@code source}, the file to
     * analyse (null when it was deleted).
     */
    public record Clone(long id, String sourceFile, Long voiceId, Asset source) {
    }

    @Transactional
    public Optional<Clone> find(long ownerId, String jobId) {
        return VoiceClone.findByJob(ownerId, jobId).map(clone -> new Clone(clone.id, clone.sourceFile,
                clone.voiceId, clone.sourceAssetId == null ? null : Asset.findById(clone.sourceAssetId)));
    }

    /** Keeps the analysed speaker as the clone's voice, unless an earlier attempt kept one already. */
    @Transactional
    public VoiceProfileData keepVoice(long ownerId, String jobId, Clone found, AnalysedSpeech speech) {
        VoiceClone clone = VoiceClone.findByJob(ownerId, jobId)
                .orElseThrow(() -> new JobFailedException("The clone no longer exists"));
        if (clone.voiceId == null) {
            Voice voice = voices.create(ownerId, found.source(), new VoiceService.VoiceSpec(clone.name, "en", null,
                    "Clone of " + clone.sourceFile, VoiceOrigin.CLONE), speech);
            clone.voiceId = voice.id;
        }
        return profile(clone.voiceId);
    }

    @Transactional
    public VoiceProfileData profile(long voiceId) {
        Voice voice = Voice.findById(voiceId);
        if (voice == null) {
            throw new JobFailedException("The cloned voice no longer exists");
        }
        return analysis.profileOf(voice);
    }
}
