package studio.loqui.speech;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.jobs.SyncWorkPool;
import studio.loqui.media.inspect.MediaKind;
import studio.loqui.storage.Asset;
import studio.loqui.storage.AssetArea;
import studio.loqui.storage.AssetService;
import studio.loqui.system.ApiException;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Seed 002 samples: a recording becomes a stored file and a voice at once, or is refused saying why. */
@ApplicationScoped
public class SampleService {

    private static final Set<String> UPLOAD_TYPES = Set.of("uploaded", "recorded");

    private final AssetService assets;
    private final VoiceService voices;
    private final SyncWorkPool work;

    public SampleService(AssetService assets, VoiceService voices, SyncWorkPool work) {
        this.assets = assets;
        this.voices = voices;
        this.work = work;
    }

    public record NewSample(Path file, String fileName, String sampleName, String uploadType) {
    }

    public Sample upload(long userId, NewSample upload) {
        String name = required(upload.sampleName());
        String type = upload.uploadType() == null || upload.uploadType().isBlank() ? "uploaded"
                : upload.uploadType().trim().toLowerCase();
        if (!UPLOAD_TYPES.contains(type)) {
            throw ApiException.invalidField("upload_type", "Use uploaded or recorded");
        }
        Asset asset = assets.store(new AssetService.Incoming(userId, AssetArea.SAMPLES, upload.file(),
                upload.fileName(), null), EnumSet.of(MediaKind.AUDIO));
        try {
            AnalysedSpeech speech = work.call("sample analysis", () -> voices.analyse(asset));
            return QuarkusTransaction.joiningExisting().call(() -> persist(userId, asset, name, type, speech));
        } catch (RuntimeException e) {
            assets.delete(asset);
            throw e;
        }
    }

    private Sample persist(long userId, Asset asset, String name, String type, AnalysedSpeech speech) {
        Voice voice = voices.create(userId, asset,
                new VoiceService.VoiceSpec(name, "en", null, "From sample " + name, VoiceOrigin.SAMPLE), speech);
        Sample sample = new Sample();
        sample.userId = userId;
        sample.voiceId = voice.id;
        sample.assetId = asset.id;
        sample.sampleName = name;
        sample.uploadType = type;
        sample.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        sample.persist();
        return sample;
    }

    public Sample require(long userId, long id) {
        return Sample.findOwned(userId, id).orElseThrow(() -> ApiException.notFound("Sample " + id + " not found"));
    }

    public List<Sample> list(long userId, int skip, int limit) {
        return Sample.find("userId = ?1 order by id", userId).range(skip, skip + limit - 1).list();
    }

    public long count(long userId) {
        return Sample.count("userId", userId);
    }

    /** Deletes the sample, its recording and the voice made from it; what was generated with it stays. */
    @Transactional
    public void delete(long userId, long id) {
        Sample sample = require(userId, id);
        Voice voice = Voice.findById(sample.voiceId);
        Asset asset = Asset.findById(sample.assetId);
        Generation.update("sampleId = null where sampleId = ?1", id);
        sample.delete();
        if (asset != null) {
            assets.delete(asset);
        }
        if (voice != null) {
            voices.delete(voice);
        }
    }

    private static String required(String sampleName) {
        if (sampleName == null || sampleName.isBlank()) {
            throw ApiException.invalidField("sample_name", "A sample name is required");
        }
        if (sampleName.length() > 200) {
            throw ApiException.invalidField("sample_name", "At most 200 characters");
        }
        return sampleName.strip();
    }
}
