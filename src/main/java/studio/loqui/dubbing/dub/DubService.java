package studio.loqui.dubbing.dub;

import studio.loqui.dubbing.DubbedVideoFormat;
import studio.loqui.dubbing.DubbedVideoQuality;

import studio.loqui.dubbing.DubbingFiles;

import studio.loqui.dubbing.translate.PhraseTranslator;
import studio.loqui.dubbing.video.GenerateVideoService;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobStatus;
import studio.loqui.jobs.JobView;
import studio.loqui.media.asr.SubtitleCues;
import studio.loqui.media.asr.SubtitleFormat;
import studio.loqui.media.asr.TranscriptSegments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import studio.loqui.jobs.JobOptions;
import studio.loqui.jobs.JobService;
import studio.loqui.jobs.JobSubmission;
import studio.loqui.media.asr.RecognizerChooser;
import studio.loqui.media.tts.SynthesizerChooser;
import studio.loqui.system.ApiException;
import studio.loqui.storage.Asset;
import studio.loqui.speech.VoiceChoice;
import studio.loqui.speech.VoiceResolver;

/** Checks a dub request against the caller's files and the installed engines, then queues the job. */
@ApplicationScoped
public class DubService {

    public static final String DEFAULT_SOURCE_LANGUAGE = "en";

    private final DubbingFiles files;
    private final JobService jobs;
    private final RecognizerChooser recognizers;
    private final SynthesizerChooser synthesizers;
    private final PhraseTranslator translator;
    private final VoiceResolver voices;

    public DubService(DubbingFiles files, JobService jobs, RecognizerChooser recognizers,
                      SynthesizerChooser synthesizers, PhraseTranslator translator, VoiceResolver voices) {
        this.voices = voices;
        this.files = files;
        this.jobs = jobs;
        this.recognizers = recognizers;
        this.synthesizers = synthesizers;
        this.translator = translator;
    }

    /** What the caller asked for, before it is checked. */
    public record Request(String videoFileId, String sourceLanguage, String targetLanguage, String voiceProfileId,
                          String outputFormat, String quality, String transcript,
                          Map<String, String> speakerVoices, Boolean lipSync, Boolean burnCaptions,
                          Boolean slowPicture) {
    }

    /** The longest transcript taken: about two hours of subtitles. */
    static final int MAX_TRANSCRIPT_CHARACTERS = 200_000;

    public JobSubmission submit(long ownerId, Request request, JobOptions options) {
        String source = request.sourceLanguage() == null ? DEFAULT_SOURCE_LANGUAGE : request.sourceLanguage();
        String target = request.targetLanguage();
        boolean transcribed = request.transcript() != null && !request.transcript().isBlank();
        if (!transcribed && recognizers.choose(source).isEmpty()) {
            recognizers.requireAnyInstalled();
            throw ApiException.invalidField("source_language", "no speech recogniser for '" + source
                    + "' is available; recognised: " + recognizers.supportedLanguages());
        }
        if (synthesizers.choose(target).isEmpty()) {
            throw ApiException.invalidField("target_language", "no voice speaks '" + target + "' here");
        }
        if (!translator.supports(source, target)) {
            translator.requireAnyInstalled();
            throw ApiException.invalidField("target_language", "no translation from '" + source + "' to '"
                    + target + "' is installed (see GET /api/v1/languages)");
        }
        DubbedVideoFormat format = DubbedVideoFormat.parse(request.outputFormat() == null
                ? GenerateVideoService.DEFAULT_FORMAT : request.outputFormat())
                .orElseThrow(() -> ApiException.invalidField("output_format", "must be one of mp4, webm"));
        DubbedVideoQuality quality = DubbedVideoQuality.parse(request.quality() == null
                ? GenerateVideoService.DEFAULT_QUALITY : request.quality())
                .orElseThrow(() -> ApiException.invalidField("quality", "must be one of low, medium, high"));
        Long voiceId = voiceOf(ownerId, request.voiceProfileId());
        Asset video = files.requireVideo(ownerId, request.videoFileId(), "video_file_id");
        files.requireWithAudio(ownerId, request.videoFileId(), "video_file_id");
        if (transcribed) {
            requireTranscript(request.transcript(), video.durationSeconds == null ? 0 : video.durationSeconds);
        }
        return jobs.submit(DubHandler.KIND, ownerId, new DubInput(video.publicId, source, target,
                format.extension(), quality.label(), voiceId, transcribed ? request.transcript() : null,
                speakerVoices(ownerId, request.speakerVoices()), Boolean.TRUE.equals(request.lipSync()),
                Boolean.TRUE.equals(request.burnCaptions()), Boolean.TRUE.equals(request.slowPicture())), options);
    }

    /** The caller's voices by speaker label, or null when none are mapped. */
    private Map<String, Long> speakerVoices(long ownerId, Map<String, String> mapping) {
        if (mapping == null || mapping.isEmpty()) {
            return null;
        }
        Map<String, Long> voicesByLabel = new TreeMap<>();
        mapping.forEach((label, voice) -> {
            if (label == null || !label.matches("S[1-9][0-9]?")) {
                throw ApiException.invalidField("speaker_voices", "speaker labels are S1, S2, ...; not '" + label + "'");
            }
            Long id = voiceOf(ownerId, voice);
            if (id == null) {
                throw ApiException.invalidField("speaker_voices", "speaker " + label + " needs a voice id");
            }
            voicesByLabel.put(label, id);
        });
        return voicesByLabel;
    }

    /** A transcript with cues, all of them within the video. */
    private static void requireTranscript(String transcript, double videoSeconds) {
        if (transcript.length() > MAX_TRANSCRIPT_CHARACTERS) {
            throw ApiException.invalidField("transcript", "is longer than " + MAX_TRANSCRIPT_CHARACTERS + " characters");
        }
        List<TranscriptSegments.Segment> cues;
        try {
            cues = SubtitleCues.parse(transcript);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("transcript", e.getMessage());
        }
        if (cues.isEmpty()) {
            throw ApiException.invalidField("transcript", "has no cues; send SRT or WebVTT text");
        }
        double end = cues.stream().mapToDouble(TranscriptSegments.Segment::end).max().orElse(0);
        if (videoSeconds > 0 && end > videoSeconds + 0.5) {
            throw ApiException.invalidField("transcript", String.format(java.util.Locale.ROOT,
                    "runs to %.2f s, past the video's end at %.2f s", end, videoSeconds));
        }
    }

    /**
     * The subtitles of the caller's finished dub job, in the original's language ({@code source}) or the dub's
     * ({@code target}), as SRT or WebVTT; 404 for unknown, other users' and non-dub jobs, 409 before it is done.
     */
    public String subtitles(long ownerId, String jobId, String language, SubtitleFormat format) {
        JobView job = jobs.get(jobId, ownerId);
        if (!DubHandler.KIND.equals(job.kind()) && !DubEditHandler.KIND.equals(job.kind())) {
            throw ApiException.notFound("Dub " + jobId + " not found");
        }
        if (job.status() != JobStatus.COMPLETED || job.result() == null || !job.result().has("phrases")) {
            throw ApiException.conflict("Dub " + jobId + " is " + job.status().wire() + ", not completed");
        }
        List<DubResult.Phrase> phrases = new ArrayList<>();
        job.result().get("phrases").forEach(p -> phrases.add(DubResult.Phrase.read(p)));
        return format.cues("source".equals(language) ? DubSubtitles.source(phrases) : DubSubtitles.target(phrases));
    }

    /** One of the caller's voices, or null for the video's own speaker. */
    private Long voiceOf(long ownerId, String voiceProfileId) {
        if (voiceProfileId == null || voiceProfileId.isBlank()) {
            return null;
        }
        VoiceChoice choice = voices.resolve(ownerId, voiceProfileId);
        if (choice.voiceId() == null) {
            throw ApiException.invalidField("voice_profile_id", "a stock voice has no speaker to clone; use one of"
                    + " your voices, or leave it out to dub in the video's own speaker's voice");
        }
        return choice.voiceId();
    }
}
