package studio.loqui.speech;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.voiceprint.VoiceProfileData;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Voices learned from public-domain recordings and shipped as measures, for a gender the synthesis
 * engine has no voice of: its speech is then cloned toward the learned voice. Made by
 * {@code tools/builtin-voice/learn.sh}.
 */
@ApplicationScoped
public class BuiltInVoices {

    /** A learned voice: what it is called, where it was learned from, and its measures. */
    public record BuiltInVoice(String gender, String source, VoiceProfileData profile) {
    }

    static final String MALE_RESOURCE = "/studio/loqui/speech/builtin/male.json";
    private static final String MALE_SOURCE = "an adult male LibriVox reader of Sense and Sensibility (public domain, "
            + "as shipped in Debian's pocketsphinx-testdata)";

    private final BuiltInVoice male = new BuiltInVoice("male", MALE_SOURCE, read(MALE_RESOURCE));

    /** The learned voice of that gender, if one ships. */
    public Optional<BuiltInVoice> of(String gender) {
        return "male".equalsIgnoreCase(gender) ? Optional.of(male) : Optional.empty();
    }

    static VoiceProfileData read(String resource) {
        try (InputStream in = BuiltInVoices.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in voice " + resource + " is missing from the build");
            }
            return new ObjectMapper().readValue(in, VoiceProfileData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
