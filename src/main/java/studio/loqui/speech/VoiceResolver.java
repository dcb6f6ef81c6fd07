package studio.loqui.speech;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.system.ApiException;

import java.util.Optional;

/** Finds a voice profile id among the caller's voices, then the stock voices. */
@ApplicationScoped
public class VoiceResolver {

    private final StockVoices stock;

    public VoiceResolver(StockVoices stock) {
        this.stock = stock;
    }

    public VoiceChoice resolve(long ownerId, String profileId) {
        if (profileId == null || profileId.isBlank()) {
            throw ApiException.invalidField("voice_profile_id", "A voice profile id is required");
        }
        return find(ownerId, profileId)
                .orElseThrow(() -> ApiException.notFound("Voice profile " + profileId + " not found"));
    }

    /** The caller's voice or a stock voice of that id; empty for none or a blank id. */
    public Optional<VoiceChoice> find(long ownerId, String profileId) {
        if (profileId == null || profileId.isBlank()) {
            return Optional.empty();
        }
        return Voice.findOwned(ownerId, profileId)
                .map(v -> new VoiceChoice(v.id, null, v.language))
                .or(() -> stock.find(profileId).map(s -> new VoiceChoice(null, s.gender(), s.language())));
    }
}
