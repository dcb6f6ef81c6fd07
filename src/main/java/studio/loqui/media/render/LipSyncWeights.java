package studio.loqui.media.render;

import studio.loqui.media.MediaConfig;
import studio.loqui.media.lipsync.LipSyncModel;
import studio.loqui.media.models.BundledModels;

import java.nio.file.Path;

/** Where the project's lip-sync network is: the bundled copy when there is one, else the configured models folder. */
final class LipSyncWeights {

    private LipSyncWeights() {
    }

    static Path folder(MediaConfig config) {
        return new BundledModels(Path.of(config.modelsDir()), Path.of(config.modelCache()))
                .folder(LipSyncModel.NAME, LipSyncModel.TRAINING_SUMMARY)
                .orElse(Path.of(config.modelsDir()).resolve(LipSyncModel.NAME));
    }
}
