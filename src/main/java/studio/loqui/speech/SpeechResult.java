package studio.loqui.speech;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import studio.loqui.jobs.JobResult;
import studio.loqui.storage.Asset;
import studio.loqui.storage.rest.FileView;

/**
 * What a speech job reports: the file and, when this attempt spoke it, what was measured of the speech in it
 * ({@code measured} is null, and its fields absent, when an earlier attempt stored the file).
 */
public record SpeechResult(String fileId, String resultUrl, String filename, Double duration, String format,
                           @JsonUnwrapped Measured measured) {

    /** How the speech was made and how it checked out by ear; a field may be null when it was not measured. */
    public record Measured(String engine, Double similarity, String heardText, Double wordErrorRate,
                           boolean rerendered) {
    }

    /** {@code speech} is null when an earlier attempt already stored the file. */
    public static JobResult<SpeechResult> of(Asset asset, SpeechService.Speech speech) {
        Measured measured = speech == null ? null : new Measured(speech.engine(), speech.similarity(),
                speech.heardText(), speech.wordErrorRate(), speech.rerendered());
        return JobResult.withAsset(asset.id, new SpeechResult(asset.publicId, FileView.downloadUrl(asset), asset.name,
                asset.durationSeconds, asset.format, measured));
    }
}
