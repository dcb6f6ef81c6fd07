package studio.loqui.media.asr;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the speech recognisers, under {@code loqui.asr.}. */
@ConfigMapping(prefix = "loqui.asr")
public interface AsrSettings {

    Vosk vosk();

    interface Vosk {
        /** Folder the Vosk model is extracted into when the application runs from its jar, one copy per model version. */
        @WithDefault("${loqui.storage.root}/cache/models")
        String modelCache();
    }
}
