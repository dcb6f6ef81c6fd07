package studio.loqui.voice;

import studio.loqui.speech.AnalysedSpeech;
import studio.loqui.speech.SpeechFiles;
import studio.loqui.speech.SpeechJobs;
import studio.loqui.speech.SpeechService;
import studio.loqui.speech.Voice;
import studio.loqui.speech.VoiceAnalysis;
import studio.loqui.speech.VoiceChoice;
import studio.loqui.speech.VoiceOrigin;
import studio.loqui.speech.VoiceResolver;
import studio.loqui.speech.VoiceService;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.jobs.JobOptions;
import studio.loqui.jobs.JobSubmission;
import studio.loqui.jobs.SyncWorkPool;
import studio.loqui.media.audio.AudioFormat;
import studio.loqui.media.tts.SynthesisException;
import studio.loqui.media.voiceprint.VoiceProfileData;
import studio.loqui.storage.Asset;
import studio.loqui.storage.AssetArea;
import studio.loqui.storage.AssetService;
import studio.loqui.system.ApiException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Seed 001 voice profiles: made from an uploaded file, previewed, and spoken with in clone-voice jobs. */
@ApplicationScoped
public class VoiceProfileService {

    private final VoiceService voices;
    private final VoiceResolver resolver;
    private final SpeechJobs speechJobs;
    private final SpeechService speech;
    private final SpeechFiles files;
    private final AssetService assets;
    private final SyncWorkPool work;

    public VoiceProfileService(VoiceService voices, VoiceResolver resolver, SpeechJobs speechJobs,
                               SpeechService speech, SpeechFiles files, AssetService assets, SyncWorkPool work) {
        this.work = work;
        this.voices = voices;
        this.resolver = resolver;
        this.speechJobs = speechJobs;
        this.speech = speech;
        this.files = files;
        this.assets = assets;
    }

    /** Analyses the file on the bounded pool, then keeps the voice in a transaction of its own. */
    public Voice create(long ownerId, String name, String audioFileId, String language, String gender,
                        String description) {
        Asset source = audioSource(ownerId, audioFileId, "audio_sample_id");
        AnalysedSpeech speech = analyse(source);
        return voices.create(ownerId, source,
                new VoiceService.VoiceSpec(name.strip(), language, gender, description, VoiceOrigin.PROFILE), speech);
    }

    /**
     * Gives one of the caller's voices a further recording of its speaker ({@link VoiceAnalysis#MAX_SAMPLES} in
     * all) and relearns the voice from all of them, synchronously on the bounded pool (each sample's first minute
     * is heard, measured and learned from; see BENCHMARKS.md for the time). A sample that cannot make a voice is
     * refused and the voice stays as it was.
     */
    public Voice addSample(long ownerId, String profileId, String fileId) {
        Voice voice = voices.requireOwned(ownerId, profileId);
        Asset added = audioSource(ownerId, fileId, "file_id");
        List<Asset> samples = new ArrayList<>(voices.samplesOf(voice));
        if (samples.stream().anyMatch(a -> a.id.equals(added.id))) {
            throw ApiException.invalidField("file_id", "File " + added.publicId + " is already a sample of this voice");
        }
        if (samples.size() >= VoiceAnalysis.MAX_SAMPLES) {
            throw ApiException.conflict("A voice learns from at most " + VoiceAnalysis.MAX_SAMPLES + " samples; this one has "
                    + samples.size());
        }
        samples.add(added);
        AnalysedSpeech speech = work.call("voice learning", () -> voices.analyseAll(samples));
        return voices.addSample(voice.id, added, samples, speech);
    }

    /** How many recordings a voice learns from. */
    public int sampleCount(Voice voice) {
        return voices.samplesOf(voice).size();
    }

    /**
     * Deletes one of the caller's voices, whatever made it (a profile, a sample, a clone): the clone or sample
     * it came from goes with it, the outputs made with it stay. A stock voice cannot be deleted.
     */
    @Transactional
    public void delete(long ownerId, String profileId) {
        Voice voice = voices.requireOwned(ownerId, profileId);
        VoiceClone.delete("voiceId", voice.id);
        voices.delete(voice);
    }

    /** A short text (checked by the resource) spoken at once in a voice, encoded; the measures go back as headers. */
    public Preview preview(long ownerId, String profileId, String text, String language, String format) {
        VoiceChoice choice = resolver.resolve(ownerId, profileId);
        String clean = text.strip();
        String lang = language == null || language.isBlank() ? choice.defaultLanguage() : VoiceService.language(language);
        speechJobs.checkLanguage(lang);
        AudioFormat audioFormat = SpeechJobs.format(format);
        VoiceProfileData target = files.profile(ownerId, choice.voiceId()).orElse(null);
        SpeechService.SpeechRequest request = new SpeechService.SpeechRequest(clean, lang, target, choice.stockGender());
        return work.call("voice preview", () -> speak(request, audioFormat));
    }

    private Preview speak(SpeechService.SpeechRequest request, AudioFormat format) {
        try {
            SpeechService.Speech spoken = speech.speak(request, () -> { });
            return new Preview(speech.encode(spoken.audio(), format), format, spoken);
        } catch (SynthesisException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    public record Preview(byte[] audio, AudioFormat format, SpeechService.Speech speech) {
    }

    /**
     * Seed 001 clone-voice: text in a profile's voice, or in the voice of the speaker of an audio file. A file's
     * speaker is analysed first, on the bounded pool; its voice and the job are then kept in one transaction.
     */
    public JobSubmission cloneVoice(long ownerId, String profileId, String audioFileId, String text, String language,
                                    String format, JobOptions options) {
        if (profileId != null && !profileId.isBlank()) {
            return QuarkusTransaction.joiningExisting().call(() ->
                    submit(ownerId, resolver.resolve(ownerId, profileId), text, language, format, options));
        }
        if (audioFileId == null || audioFileId.isBlank()) {
            throw ApiException.invalidField("voice_profile_id", "Give voice_profile_id, or audio_file_id to clone from");
        }
        Asset source = audioSource(ownerId, audioFileId, "audio_file_id");
        AnalysedSpeech speech = analyse(source);
        return QuarkusTransaction.joiningExisting().call(() -> {
            Voice voice = voices.create(ownerId, source, new VoiceService.VoiceSpec("Voice of " + source.name,
                    "en", null, "Cloned for clone-voice from " + source.name, VoiceOrigin.PROFILE), speech);
            return submit(ownerId, new VoiceChoice(voice.id, null, voice.language), text, language, format, options);
        });
    }

    private JobSubmission submit(long ownerId, VoiceChoice choice, String text, String language, String format,
                                 JobOptions options) {
        String lang = language == null || language.isBlank() ? choice.defaultLanguage() : language;
        return speechJobs.submit(ownerId, new SpeechJobs.Order(choice.voiceId(), choice.stockGender(), text, lang,
                format, AssetArea.FILES, null), options);
    }

    private AnalysedSpeech analyse(Asset source) {
        return work.call("voice analysis", () -> voices.analyse(source));
    }

    private Asset audioSource(long ownerId, String fileId, String field) {
        if (fileId == null || fileId.isBlank()) {
            throw ApiException.invalidField(field, "The id of an uploaded audio or video file is required");
        }
        Asset asset = assets.requireOwned(ownerId, fileId.strip().toLowerCase(Locale.ROOT), "File");
        if (asset.sampleRate == null) {
            throw ApiException.invalidField(field, "File " + fileId + " has no audio");
        }
        if (asset.durationSeconds != null && asset.durationSeconds > VoiceAnalysis.MAX_SAMPLE_SECONDS) {
            throw ApiException.invalidField(field, String.format(Locale.ROOT, "File %s lasts %.0f s; a voice sample may "
                    + "last at most %.0f s", fileId, asset.durationSeconds, VoiceAnalysis.MAX_SAMPLE_SECONDS));
        }
        return asset;
    }
}
