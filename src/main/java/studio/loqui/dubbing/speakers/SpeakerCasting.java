package studio.loqui.dubbing.speakers;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.media.voiceprint.SpeakerSimilarity;
import studio.loqui.media.voiceprint.VoiceProfileData;
import studio.loqui.speech.SpeechFiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the voice each speaker of a dub is spoken in, and keeps the owner's registry of speakers
 * ({@link KnownSpeakers}) up to date. The caller's voice mapped to a speaker always wins, and is remembered for
 * them; a speaker recognised as a known one ({@link SpeakerRecognition}) gets the voice they had (the caller's
 * last mapped to them, else their own as first heard), with no new clone; anyone else gets their own voice as
 * heard now and is registered.
 */
@ApplicationScoped
public class SpeakerCasting {

    public static final String OWN_VOICE = "speaker";
    public static final String CALLERS_VOICE = "voice_profile";

    private final KnownSpeakers known;
    private final SpeechFiles voices;
    private final SpeakerSimilarity similarity;

    public SpeakerCasting(KnownSpeakers known, SpeechFiles voices, SpeakerSimilarity similarity) {
        this.known = known;
        this.voices = voices;
        this.similarity = similarity;
    }

    /**
     * A speaker of the video as heard: their own voice analysed from their phrases, and the caller's voice
     * mapped to them (null when none is).
     */
    public record Heard(String label, VoiceProfileData profile, Long mappedVoiceId) {
    }

    /**
     * The voice a speaker is dubbed in, and how it was chosen.
     *
     * @param kind           {@link #OWN_VOICE} or {@link #CALLERS_VOICE}
     * @param voiceProfileId the caller's voice that speaks, null for the speaker's own
     * @param speakerId      the speaker in the owner's registry
     * @param recognizedFrom the dub that first heard this speaker, null when this dub is the first
     * @param similarity     how alike they scored to the known speaker, null when new
     */
    public record Cast(VoiceProfileData voice, String kind, String voiceProfileId, String speakerId,
                       String recognizedFrom, Double similarity) {
    }

    public List<Cast> cast(long ownerId, String jobId, List<Heard> heard) {
        List<KnownSpeakers.Known> registry = known.of(ownerId);
        List<Optional<SpeakerRecognition.Match>> matches = SpeakerRecognition.match(
                heard.stream().map(Heard::profile).toList(),
                registry.stream().map(KnownSpeakers.Known::heard).toList(), similarity);
        List<Cast> casts = new ArrayList<>();
        for (int i = 0; i < heard.size(); i++) {
            Heard speaker = heard.get(i);
            Optional<SpeakerRecognition.Match> match = matches.get(i);
            casts.add(match.isPresent()
                    ? recognised(ownerId, jobId, speaker, registry.get(match.get().known()), match.get().score())
                    : registered(ownerId, jobId, speaker));
        }
        return casts;
    }

    /**
     * The voice a finished dub gave a speaker, for re-speaking one of their phrases: the caller's voice named
     * by {@code voiceProfileId}, else the registered speaker's own voice by {@code speakerId}; empty when
     * neither is there any more (dubs made before the registry have neither).
     */
    public Optional<VoiceProfileData> voiceOf(long ownerId, String voiceProfileId, String speakerId) {
        if (voiceProfileId != null) {
            Optional<VoiceProfileData> callers = known.voiceId(ownerId, voiceProfileId)
                    .flatMap(id -> voices.profile(ownerId, id));
            if (callers.isPresent()) {
                return callers;
            }
        }
        return speakerId == null ? Optional.empty() : known.find(ownerId, speakerId).map(KnownSpeakers.Known::heard);
    }

    /**
     * The voice of a speaker recognised as {@code was}. A speaker this very job registered (in an attempt that
     * did not finish) is reused as well, but not reported as recognised.
     */
    private Cast recognised(long ownerId, String jobId, Heard speaker, KnownSpeakers.Known was, double similarity) {
        boolean earlier = !jobId.equals(was.firstJobId());
        String from = earlier ? was.firstJobId() : null;
        Double score = earlier ? similarity : null;
        Optional<Cast> callers = callersVoice(ownerId, speaker, was.publicId(), from, score);
        known.heardAgain(was.id(), speaker.mappedVoiceId(), jobId);
        if (callers.isPresent()) {
            return callers.get();
        }
        Optional<VoiceProfileData> mapped = was.voiceId() == null ? Optional.empty()
                : voices.profile(ownerId, was.voiceId());
        return mapped.map(voice -> new Cast(voice, CALLERS_VOICE, was.voicePublicId(), was.publicId(), from, score))
                .orElseGet(() -> new Cast(was.heard(), OWN_VOICE, null, was.publicId(), from, score));
    }

    private Cast registered(long ownerId, String jobId, Heard speaker) {
        Optional<Cast> callers = callersVoice(ownerId, speaker, null, null, null);
        String id = known.register(ownerId, speaker.profile(), speaker.mappedVoiceId(), jobId).publicId();
        return callers.map(c -> new Cast(c.voice(), c.kind(), c.voiceProfileId(), id, null, null))
                .orElseGet(() -> new Cast(speaker.profile(), OWN_VOICE, null, id, null, null));
    }

    /** The caller's voice mapped to the speaker, empty when none is; the job fails when it no longer exists. */
    private Optional<Cast> callersVoice(long ownerId, Heard speaker, String speakerId, String from, Double score) {
        if (speaker.mappedVoiceId() == null) {
            return Optional.empty();
        }
        VoiceProfileData voice = voices.profile(ownerId, speaker.mappedVoiceId()).orElseThrow(() ->
                new JobFailedException("The voice chosen for " + speaker.label() + " no longer exists"));
        return Optional.of(new Cast(voice, CALLERS_VOICE, known.voicePublicId(ownerId, speaker.mappedVoiceId()),
                speakerId, from, score));
    }
}
