package studio.loqui.voice;

import studio.loqui.speech.Voice;
import studio.loqui.speech.VoiceAnalysis;
import studio.loqui.speech.VoiceOrigin;
import studio.loqui.speech.VoiceService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.media.voiceprint.VoiceProfileData;
import studio.loqui.storage.Asset;
import studio.loqui.system.ApiException;

import java.util.Optional;

/** The database side of a clone job, each call its own transaction so the job holds no entity. */
@ApplicationScoped
public class CloneFiles {

    private final VoiceService voices;
    private final VoiceAnalysis analysis;

    public CloneFiles(VoiceService voices, VoiceAnalysis analysis) {
        this.voices = voices;
        this.analysis = analysis;
    }

    /** The clone's voice, analysed from its source file the first time; a re-run reuses it. */
    @Transactional
    public Optional<VoiceProfileData> voiceOf(long ownerId, String jobId) {
        VoiceClone clone = VoiceClone.findByJob(ownerId, jobId).orElse(null);
        if (clone == null) {
            return Optional.empty();
        }
        if (clone.voiceId == null) {
            Asset source = clone.sourceAssetId == null ? null : Asset.findById(clone.sourceAssetId);
            if (source == null) {
                throw new ApiException(400, "validation_error", "The source file " + clone.sourceFile
                        + " no longer exists", null, null);
            }
            Voice voice = voices.createFrom(ownerId, source,
                    new VoiceService.VoiceSpec(clone.name, "en", null, "Clone of " + clone.sourceFile, VoiceOrigin.CLONE));
            clone.voiceId = voice.id;
        }
        return Optional.of(analysis.profileOf(Voice.findById(clone.voiceId)));
    }

    @Transactional
    public Optional<Long> cloneId(long ownerId, String jobId) {
        return VoiceClone.findByJob(ownerId, jobId).map(c -> c.id);
    }
}
