package studio.loqui.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.jobs.JobView;
import studio.loqui.storage.Asset;
import studio.loqui.storage.AssetService;
import studio.loqui.system.ApiException;
import studio.loqui.speech.Generation;
import studio.loqui.speech.GenerationService;
import studio.loqui.speech.Sample;
import studio.loqui.speech.SampleService;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Seed 002's library: one view over a user's samples and generated audio. */
@ApplicationScoped
public class LibraryService {

    private final SampleService samples;
    private final GenerationService generations;
    private final AssetService assets;

    public LibraryService(SampleService samples, GenerationService generations, AssetService assets) {
        this.samples = samples;
        this.generations = generations;
        this.assets = assets;
    }

    public List<LibraryItem> samples(long userId) {
        return Sample.<Sample>list("userId = ?1 order by id", userId).stream().map(this::item).toList();
    }

    public List<LibraryItem> generated(long userId) {
        return Generation.<Generation>list("userId = ?1 order by id", userId).stream().map(this::item).toList();
    }

    public List<LibraryItem> all(long userId) {
        return Stream.concat(samples(userId).stream(), generated(userId).stream())
                .sorted(Comparator.comparing(LibraryItem::createdAt).thenComparing(LibraryItem::itemType))
                .toList();
    }

    /** The file of an item the caller owns; a generation that has not finished has none yet. */
    public Asset file(long userId, String itemType, long id) {
        return switch (type(itemType)) {
            case LibraryItem.SAMPLE -> Asset.findById(samples.require(userId, id).assetId);
            default -> {
                Generation generation = generations.require(userId, id);
                yield generations.output(generations.job(generation))
                        .orElseThrow(() -> ApiException.notFound("Generation " + id + " has no audio yet"));
            }
        };
    }

    public void delete(long userId, String itemType, long id) {
        if (LibraryItem.SAMPLE.equals(type(itemType))) {
            samples.delete(userId, id);
        } else {
            generations.delete(userId, id);
        }
    }

    /** Gives a sample or a generation a new name; the file and everything made from it stay. */
    @Transactional
    public LibraryItem rename(long userId, String itemType, long id, String name) {
        if (LibraryItem.SAMPLE.equals(type(itemType))) {
            Sample sample = samples.require(userId, id);
            sample.sampleName = name;
            return item(sample);
        }
        Generation generation = generations.require(userId, id);
        generation.modelName = name;
        return item(generation);
    }

    public java.nio.file.Path pathOf(Asset asset) {
        return assets.pathOf(asset);
    }

    private LibraryItem item(Sample sample) {
        Asset asset = Asset.findById(sample.assetId);
        return new LibraryItem(sample.id, LibraryItem.SAMPLE, sample.sampleName, asset.storagePath, asset.sizeBytes,
                asset.durationSeconds, sample.uploadedAt, null, "/api/library/download/sample/" + sample.id);
    }

    private LibraryItem item(Generation generation) {
        JobView job = generations.job(generation);
        Asset output = generations.output(job).orElse(null);
        return new LibraryItem(generation.id, LibraryItem.GENERATED, generation.modelName,
                output == null ? null : output.storagePath, output == null ? null : output.sizeBytes,
                output == null ? null : output.durationSeconds, generation.generatedAt,
                job.status() == studio.loqui.jobs.JobStatus.CANCELLED ? "failed" : job.status().wire(),
                output == null ? null : "/api/library/download/generated/" + generation.id);
    }

    private static String type(String itemType) {
        if (!LibraryItem.SAMPLE.equals(itemType) && !LibraryItem.GENERATED.equals(itemType)) {
            throw ApiException.notFound("Unknown library item type '" + itemType + "': use sample or generated");
        }
        return itemType;
    }
}
