package studio.loqui.film;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.media.inspect.MediaKind;
import studio.loqui.media.voiceprint.VoiceProfileData;
import studio.loqui.storage.Asset;
import studio.loqui.storage.AssetArea;
import studio.loqui.storage.AssetService;
import studio.loqui.system.ApiException;
import studio.loqui.speech.SpeechFiles;
import studio.loqui.speech.VoiceChoice;
import studio.loqui.speech.VoiceResolver;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;

/** The database side of a film render, each call its own transaction so the job holds no entity. */
@ApplicationScoped
public class FilmRecords {

    /** The stock narrator's language; a cloned voice speaks its own. */
    static final String DEFAULT_LANGUAGE = "en";

    private final AssetService assets;
    private final VoiceResolver voices;
    private final SpeechFiles speechFiles;
    private final ObjectMapper json;

    public FilmRecords(AssetService assets, VoiceResolver voices, SpeechFiles speechFiles, ObjectMapper json) {
        this.assets = assets;
        this.voices = voices;
        this.speechFiles = speechFiles;
        this.json = json;
    }

    /** What the render needs of a film job. */
    public record Snapshot(long id, long ownerId, String script, FilmConfig config, String projectName) {
    }

    /** Who narrates: a profile of the owner's ({@code target}) or a stock voice ({@code stockGender}). */
    public record Narrator(VoiceProfileData target, String stockGender, String language) {
    }

    @Transactional
    public Optional<Snapshot> load(long filmJobId) {
        FilmJob job = FilmJob.findById(filmJobId);
        if (job == null) {
            return Optional.empty();
        }
        Project project = Project.findById(job.projectId);
        return Optional.of(new Snapshot(job.id, job.ownerId, job.script, config(job.configJson),
                project == null ? null : project.name));
    }

    @Transactional
    public void moderationFailed(long filmJobId, Moderation.Verdict verdict) {
        FilmJob job = FilmJob.findById(filmJobId);
        if (job != null) {
            job.status = FilmStatus.MODERATION_FAILED.wire();
            job.moderationStatus = verdict.status();
            job.moderationScore = verdict.score();
            job.moderationReason = verdict.reason();
            job.updatedAt = now();
        }
    }

    @Transactional
    public void actualCost(long filmJobId, double dollars) {
        FilmJob job = FilmJob.findById(filmJobId);
        if (job != null) {
            job.actualCost = dollars;
            job.updatedAt = now();
        }
    }

    /** {@code voice} is {@code "default"} or a voice profile id: the owner's own, or a stock voice's. */
    @Transactional
    public Narrator narrator(long ownerId, String voice) {
        return findNarrator(ownerId, voice)
                .orElseThrow(() -> ApiException.notFound("Voice profile " + voice + " not found"));
    }

    /** As {@link #narrator}, empty when {@code voice} is neither the owner's nor a stock voice. */
    @Transactional
    public Optional<Narrator> findNarrator(long ownerId, String voice) {
        if (voice == null || FilmConfig.DEFAULT_VOICE.equals(voice)) {
            return Optional.of(new Narrator(null, null, DEFAULT_LANGUAGE));
        }
        return voices.find(ownerId, voice).flatMap(choice -> choice.voiceId() == null
                ? Optional.of(new Narrator(null, choice.stockGender(), choice.defaultLanguage()))
                : speechFiles.profile(ownerId, choice.voiceId())
                        .map(profile -> new Narrator(profile, null, choice.defaultLanguage())));
    }

    @Transactional
    public Optional<Asset> earlierOutput(long ownerId, String name) {
        return Asset.findByName(ownerId, AssetArea.GENERATED, name);
    }

    /** Stores the finished film as the owner's, measured like any upload. */
    public Asset store(Snapshot job, Path file, String name) {
        return assets.store(new AssetService.Incoming(job.ownerId(), AssetArea.GENERATED, file, name,
                job.projectName()), EnumSet.of(MediaKind.VIDEO));
    }

    private FilmConfig config(String configJson) {
        try {
            return json.readValue(configJson, FilmConfig.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored film config always reads back", e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
