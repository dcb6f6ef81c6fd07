package studio.loqui.speech;

import studio.loqui.jobs.JobResult;
import studio.loqui.storage.Asset;
import studio.loqui.storage.rest.FileView;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a speech job reports: the file, and what was measured of the speech in it. */
public final class SpeechResults {

    private SpeechResults() {
    }

    public static JobResult of(Asset asset, SpeechService.Speech speech) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("file_id", asset.publicId);
        data.put("result_url", FileView.downloadUrl(asset));
        data.put("filename", asset.name);
        data.put("duration", asset.durationSeconds);
        data.put("format", asset.format);
        if (speech != null) {
            data.put("engine", speech.engine());
            data.put("similarity", speech.similarity());
            data.put("heard_text", speech.heardText());
            data.put("word_error_rate", speech.wordErrorRate());
            data.put("rerendered", speech.rerendered());
        }
        return JobResult.withAsset(asset.id, data);
    }
}
