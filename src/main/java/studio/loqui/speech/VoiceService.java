package studio.loqui.speech;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.storage.Asset;
import studio.loqui.storage.AssetService;
import studio.loqui.system.ApiException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Makes and finds voices: one voice table under every product. */
@ApplicationScoped
public class VoiceService {

    private static final Set<String> GENDERS = Set.of("male", "female");

    private final VoiceAnalysis analysis;
    private final AssetService assets;

    public VoiceService(VoiceAnalysis analysis, AssetService assets) {
        this.analysis = analysis;
        this.assets = assets;
    }

    /** What a new voice is called and how it is described; gender is guessed when not given. */
    public record VoiceSpec(String name, String language, String gender, String description, VoiceOrigin origin) {
    }

    /** Analyses the speech of an asset: media work, so call it before the transaction that keeps the voice. */
    public AnalysedSpeech analyse(Asset source) {
        return analysis.analyse(assets.pathOf(source));
    }

    /** Analyses the speech of several assets as one speaker's ({@link VoiceAnalysis#analyseAll}); outside transactions. */
    public AnalysedSpeech analyseAll(List<Asset> sources) {
        return analysis.analyseAll(sources.stream().map(assets::pathOf).toList());
    }

    /** The recordings a voice learns from: the one it was made from (unless deleted), then those added. */
    public List<Asset> samplesOf(Voice voice) {
        List<Asset> out = new ArrayList<>();
        if (voice.sourceAssetId != null) {
            Asset source = Asset.findById(voice.sourceAssetId);
            if (source != null) {
                out.add(source);
            }
        }
        for (VoiceSample sample : VoiceSample.of(voice.id)) {
            Asset asset = Asset.findById(sample.assetId);
            if (asset != null) {
                out.add(asset);
            }
        }
        return out;
    }

    /**
     * Keeps a further sample of a voice and the voice as relearned from all its samples ({@code speech}, analysed
     * beforehand from {@code learnedFrom}). Refused (409) when the voice's samples changed in the meantime.
     */
    @Transactional
    public Voice addSample(long voiceId, Asset added, List<Asset> learnedFrom, AnalysedSpeech speech) {
        Voice voice = Voice.findById(voiceId);
        if (voice == null) {
            throw ApiException.notFound("Voice profile not found");
        }
        List<Long> now = samplesOf(voice).stream().map(a -> a.id).toList();
        List<Long> then = learnedFrom.stream().map(a -> a.id).filter(id -> !id.equals(added.id)).toList();
        if (!now.equals(then)) {
            throw ApiException.conflict("The voice's samples changed while it was learning; send the sample again");
        }
        VoiceSample sample = new VoiceSample();
        sample.voiceId = voice.id;
        sample.assetId = added.id;
        sample.addedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        sample.persist();
        voice.profileJson = analysis.toJson(speech.profile());
        return voice;
    }

    /** Keeps the speaker of an asset the caller owns, analysed beforehand by {@link #analyse}, as a new voice. */
    @Transactional
    public Voice create(long ownerId, Asset source, VoiceSpec spec, AnalysedSpeech speech) {
        Voice voice = new Voice();
        voice.publicId = UUID.randomUUID().toString();
        voice.ownerId = ownerId;
        voice.name = spec.name();
        voice.language = language(spec.language());
        voice.gender = gender(spec.gender(), speech);
        voice.description = spec.description();
        voice.origin = spec.origin();
        voice.sourceAssetId = source.id;
        voice.profileJson = analysis.toJson(speech.profile());
        voice.qualityJson = analysis.toJson(speech.quality());
        voice.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        voice.persist();
        return voice;
    }

    public Voice requireOwned(long ownerId, String publicId) {
        return Voice.findOwned(ownerId, publicId)
                .orElseThrow(() -> ApiException.notFound("Voice profile " + publicId + " not found"));
    }

    /**
     * Deletes a voice and what was made to speak with it: the samples it came from (their recordings too).
     * Outputs spoken in it stay; a job still waiting for it fails saying the voice no longer exists.
     */
    @Transactional
    public void delete(Voice voice) {
        for (Sample sample : Sample.<Sample>list("voiceId", voice.id)) {
            Asset recording = Asset.findById(sample.assetId);
            Generation.update("sampleId = null where sampleId = ?1", sample.id);
            sample.delete();
            if (recording != null) {
                assets.delete(recording);
            }
        }
        Generation.update("voiceId = null where voiceId = ?1", voice.id);
        Voice.deleteById(voice.id);
    }

    public static String language(String language) {
        if (language == null || language.isBlank()) {
            return "en";
        }
        String code = language.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (!code.matches("[a-z]{2,3}(-[a-z0-9]{2,8})?")) {
            throw ApiException.invalidField("language", "Use a language code such as en, es or pt-br");
        }
        return code;
    }

    private static String gender(String requested, AnalysedSpeech speech) {
        if (requested == null || requested.isBlank()) {
            return speech.profile().gender();
        }
        String gender = requested.trim().toLowerCase(Locale.ROOT);
        if (!GENDERS.contains(gender)) {
            throw ApiException.invalidField("gender", "Use male or female, or leave it out to have it detected");
        }
        return gender;
    }
}
