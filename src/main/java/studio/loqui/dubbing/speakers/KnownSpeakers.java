package studio.loqui.dubbing.speakers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.media.voiceprint.VoiceProfileData;
import studio.loqui.speech.Voice;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The owner's registry of dubbed speakers, each call its own transaction so jobs hold no entity. */
@ApplicationScoped
public class KnownSpeakers {

    private final ObjectMapper json;

    public KnownSpeakers(ObjectMapper json) {
        this.json = json;
    }

    /**
     * A registered speaker.
     *
     * @param heard           the speaker as first heard: their voiceprint, and their own voice
     * @param voiceId         the caller's voice mapped to them, null for their own
     * @param voicePublicId   that voice's public id
     * @param firstJobId      the dub that first told them apart
     */
    public record Known(long id, String publicId, VoiceProfileData heard, Long voiceId, String voicePublicId,
                        String firstJobId) {
    }

    @Transactional
    public List<Known> of(long ownerId) {
        return KnownSpeaker.of(ownerId).stream().map(this::known).toList();
    }

    /** A registered speaker of the owner's by public id. */
    @Transactional
    public Optional<Known> find(long ownerId, String publicId) {
        return KnownSpeaker.<KnownSpeaker>find("ownerId = ?1 and publicId = ?2", ownerId, publicId)
                .firstResultOptional().map(this::known);
    }

    /** Registers a speaker first told apart by job {@code jobId}, with the caller's voice or null for their own. */
    @Transactional
    public Known register(long ownerId, VoiceProfileData heard, Long voiceId, String jobId) {
        KnownSpeaker speaker = new KnownSpeaker();
        speaker.publicId = UUID.randomUUID().toString();
        speaker.ownerId = ownerId;
        speaker.profileJson = write(heard);
        speaker.voiceId = voiceId;
        speaker.firstJobId = jobId;
        speaker.lastJobId = jobId;
        speaker.createdAt = now();
        speaker.updatedAt = speaker.createdAt;
        speaker.persist();
        return known(speaker);
    }

    /** Notes that job {@code jobId} heard the speaker again; a caller's voice mapped to them replaces the last. */
    @Transactional
    public void heardAgain(long id, Long mappedVoiceId, String jobId) {
        KnownSpeaker speaker = KnownSpeaker.findById(id);
        if (speaker == null) {
            return;
        }
        if (mappedVoiceId != null) {
            speaker.voiceId = mappedVoiceId;
        }
        speaker.lastJobId = jobId;
        speaker.updatedAt = now();
    }

    /** A registered speaker as the owner sees them. */
    public record Listed(String speakerId, String voice, String voiceProfileId, double speechSeconds,
                         double medianPitchHz, String gender, String firstJobId, String lastJobId,
                         OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    /** The owner's registered speakers, oldest first. */
    @Transactional
    public List<Listed> list(long ownerId) {
        return KnownSpeaker.of(ownerId).stream().map(speaker -> {
            Known known = known(speaker);
            return new Listed(known.publicId(), known.voiceId() == null ? SpeakerCasting.OWN_VOICE
                    : SpeakerCasting.CALLERS_VOICE, known.voicePublicId(), round(known.heard().speechSeconds()),
                    round(known.heard().medianF0Hz()), known.heard().gender(), speaker.firstJobId, speaker.lastJobId,
                    speaker.createdAt, speaker.updatedAt);
        }).toList();
    }

    /** Forgets one of the owner's speakers: later dubs hear them as new. False when there is no such speaker. */
    @Transactional
    public boolean forget(long ownerId, String publicId) {
        return KnownSpeaker.delete("ownerId = ?1 and publicId = ?2", ownerId, publicId) > 0;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** The id of one of the owner's voices by its public id. */
    @Transactional
    public Optional<Long> voiceId(long ownerId, String voicePublicId) {
        return Voice.findOwned(ownerId, voicePublicId).map(v -> v.id);
    }

    /** The public id of one of the owner's voices, or null when it no longer exists. */
    @Transactional
    public String voicePublicId(long ownerId, long voiceId) {
        Voice voice = Voice.findById(voiceId);
        return voice == null || !voice.ownerId.equals(ownerId) ? null : voice.publicId;
    }

    private Known known(KnownSpeaker speaker) {
        String voice = speaker.voiceId == null ? null : voicePublicId(speaker.ownerId, speaker.voiceId);
        return new Known(speaker.id, speaker.publicId, read(speaker.profileJson), voice == null ? null : speaker.voiceId,
                voice, speaker.firstJobId);
    }

    private VoiceProfileData read(String profile) {
        try {
            return json.readValue(profile, VoiceProfileData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A known speaker has an unreadable profile", e);
        }
    }

    private String write(VoiceProfileData profile) {
        try {
            return json.writeValueAsString(profile);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }
}
