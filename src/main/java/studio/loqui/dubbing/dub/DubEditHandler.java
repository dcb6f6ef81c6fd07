package studio.loqui.dubbing.dub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import studio.loqui.lipsync.LipSyncedVideo;
import studio.loqui.dubbing.DubbedVideoFormat;
import studio.loqui.dubbing.DubbedVideoQuality;
import studio.loqui.dubbing.DubbingFiles;
import studio.loqui.dubbing.speakers.SpeakerCasting;
import studio.loqui.dubbing.translate.PhraseTranslator;
import studio.loqui.jobs.JobContext;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.jobs.JobHandler;
import studio.loqui.jobs.JobOutput;
import studio.loqui.jobs.JobResult;
import studio.loqui.jobs.JobService;
import studio.loqui.media.asr.SpeechSpans;
import studio.loqui.media.asr.SubtitleFormat;
import studio.loqui.media.asr.TranscriptSegments;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.AudioDecodingException;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.StereoPcm;
import studio.loqui.media.stretch.TimeStretcher;
import studio.loqui.media.translate.TranslationException;
import studio.loqui.media.voiceprint.VoiceAnalyzer;
import studio.loqui.media.voiceprint.VoiceProfileData;
import studio.loqui.speech.SpeechFiles;
import studio.loqui.storage.Asset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An edit of one phrase of a finished dub, as a new job: only that phrase is translated (when its text was
 * corrected) and spoken again, in the voice of its speaker; the other phrases' stored audio is laid again at
 * their places unchanged, the voice track mixed over the stored background stem at the first mix's gain
 * ({@link DubRemix}), and the edited job's video given the new sound and subtitles with its picture stream
 * copied (or, for a lip-synced dub or one with captions burned in, the picture made again from the original:
 * lip-synced to the new sound, the corrected captions drawn). The result is a dub result like the first, naming
 * the phrase rendered and those reused. A dub that may slow its picture works out the edited phrase's slowing
 * again: when it changes, the phrases after it move by the difference, the stored background is stretched to
 * match, and the picture is made again from the original on the new time line.
 */
@ApplicationScoped
public class DubEditHandler implements JobHandler<DubResult> {

    public static final String KIND = "dub-edit";
    private static final int RATE = VoiceAnalyzer.ANALYSIS_RATE;
    /** Where the picture made again (lip-synced, captioned) is done. */
    private static final int PICTURED = 92;

    private final JobService jobs;
    private final DubbingFiles files;
    private final PhraseFiles phraseFiles;
    private final PhraseRenderer renderer;
    private final PhraseTranslator translator;
    private final VoiceAnalyzer analyzer;
    private final SpeechFiles voices;
    private final AudioDecoder decoder;
    private final SoundtrackSwap swap;
    private final ObjectMapper json;
    private final SpeakerCasting casting;
    private final LipSyncedVideo lipSync;
    @Inject
    BurnedCaptions captions;
    @Inject
    SlowedPicture slowedPicture;
    @Inject
    TimeStretcher stretcher;

    public DubEditHandler(JobService jobs, DubbingFiles files, PhraseFiles phraseFiles, PhraseRenderer renderer,
                          PhraseTranslator translator, VoiceAnalyzer analyzer, SpeechFiles voices,
                          AudioDecoder decoder, SoundtrackSwap swap, ObjectMapper json,
                          SpeakerCasting casting, LipSyncedVideo lipSync) {
        this.jobs = jobs;
        this.files = files;
        this.phraseFiles = phraseFiles;
        this.renderer = renderer;
        this.translator = translator;
        this.analyzer = analyzer;
        this.voices = voices;
        this.decoder = decoder;
        this.swap = swap;
        this.json = json;
        this.casting = casting;
        this.lipSync = lipSync;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public JobOutput<DubResult> output(JobContext context) {
        DubEditInput input = context.input(DubEditInput.class);
        JsonNode before = jobs.get(input.editedJobId(), context.ownerId()).result();
        DubbedVideoFormat format = DubbedVideoFormat.parse(before.path("output_format").asText("mp4"))
                .orElseThrow(() -> new JobFailedException("The edited dub's video format is unknown"));
        return JobOutput.stored("dubbed-" + context.jobId() + "." + format.extension(),
                name -> files.earlierOutput(context.ownerId(), name)
                        .map(video -> JobResult.withAsset(video.id, DubResult.of(video, input.dub(), null))),
                name -> edit(context, input, before, format, name));
    }

    private JobResult<DubResult> edit(JobContext context, DubEditInput input, JsonNode before,
                                      DubbedVideoFormat format, String name) {
        DubInput dub = input.dub();
        long owner = context.ownerId();
        List<DubResult.Phrase> phrases = new ArrayList<>();
        before.get("phrases").forEach(p -> phrases.add(DubResult.Phrase.read(p)));
        DubResult.Phrase old = phrases.get(input.index());
        context.progress(2, "Listening to the video's speaker again");
        DubbingFiles.Source original = source(owner, dub.videoFileId(), "video");
        PcmAudio heard = decode(original.path(), RATE);
        String text = input.text() == null ? old.text() : input.text();
        String translation = input.translation() != null ? input.translation() : translate(text, dub);
        VoiceProfileData voice = voiceOf(owner, dub, old.speaker(), before, phrases, heard);

        context.progress(10, "Speaking phrase " + input.index() + " again");
        List<TranscriptSegments.Segment> segments = phrases.stream()
                .map(p -> new TranscriptSegments.Segment(p.start(), p.end(), p.text())).toList();
        PhraseSlot slot = PhraseSlot.of(segments, input.index(), heard.durationSeconds());
        double oldSlowed = old.pictureSlowedSeconds();
        double mappedStart = old.mappedStart();
        double nextStart = input.index() + 1 < phrases.size() ? phrases.get(input.index() + 1).dubbedStart()
                : mappedStart + slot.stretchSeconds() + oldSlowed + DubbedTrack.BREATH_SECONDS;
        PhraseRenderer.Rendered rendered = renderer.render(translation, dub.targetLanguage(), voice, slot,
                nextStart - oldSlowed - DubbedTrack.BREATH_SECONDS - mappedStart, dub.slowsPicture());
        double newSlowed = (rendered.slowing() - 1) * slot.stretchSeconds();
        double shift = DubResult.round(newSlowed - oldSlowed);
        PictureTimeline timeline = timeline(phrases, input.index(), newSlowed, heard.durationSeconds());
        PictureTimeline restretch = new PictureTimeline();
        if (shift != 0) {
            restretch.slow(mappedStart, mappedStart + slot.stretchSeconds() + oldSlowed,
                    (slot.stretchSeconds() + newSlowed) / (slot.stretchSeconds() + oldSlowed));
        }

        context.progress(40, "Laying the other phrases' stored audio again");
        DubbedTrack track = new DubbedTrack(RATE, heard.durationSeconds());
        List<DubResult.Phrase> lines = new ArrayList<>();
        List<Integer> reused = new ArrayList<>();
        DubbedTrack.Placed edited = null;
        PhraseFiles.Kept kept = phraseFiles.keep(context, name, input.index(), rendered.audio());
        for (int i = 0; i < phrases.size(); i++) {
            DubResult.Phrase p = i > input.index() ? shifted(phrases.get(i), shift) : phrases.get(i);
            if (i == input.index()) {
                edited = track.add(mappedStart, kept.speech());
                lines.add(DubResult.Phrase.of(new TranscriptSegments.Segment(p.start(), p.end(), text), p.speaker(),
                        translation, edited, rendered.tempo(), timeline, newSlowed, kept.fileId()));
            } else {
                DubbedTrack.Placed placed = track.add(p.dubbedStart(), phraseFiles.read(owner, p.audioFileId(), RATE));
                if (Math.abs(placed.startSeconds() - p.dubbedStart()) > 5e-4) {
                    throw new IllegalStateException("Phrase " + i + " moved from " + p.dubbedStart() + " to "
                            + placed.startSeconds() + " s");
                }
                lines.add(p);
                reused.add(i);
            }
        }

        context.progress(55, "Mixing over the stored background");
        JsonNode stems = before.path("stems");
        Path backgroundStem = source(owner, stems.path("background").path("file_id").asText(), "background stem")
                .path();
        double gain = before.path("voice_gain").asDouble(1);
        Remixed mix = remix(context, backgroundStem, track.mix(timeline.map(heard.durationSeconds())), gain,
                edited.startSeconds(), edited.startSeconds() + edited.seconds(), restretch);
        DubResult.StemFile background = restretch.slows()
                ? DubResult.StemFile.of(files.storeAudio(owner, mix.background(),
                        name.substring(0, name.lastIndexOf('.')) + "-background.wav", original.projectName()))
                : json.convertValue(stems.get("background"), DubResult.StemFile.class);
        DubResult.Stems newStems = new DubResult.Stems(background,
                DubResult.StemFile.of(files.storeAudio(owner, mix.voice(),
                        name.substring(0, name.lastIndexOf('.')) + "-voice.wav", original.projectName())));

        SoundtrackSwap.Subtitles subtitles = new SoundtrackSwap.Subtitles(
                DubWorkFiles.srt(context, SubtitleFormat.SRT.cues(DubSubtitles.target(lines))), dub.targetLanguage());
        Path mixed = mix.mixed();
        boolean remade = Boolean.TRUE.equals(dub.lipSync()) || dub.burnsCaptions() || restretch.slows();
        DubbingFiles.Source picture = remade ? pictureAgain(context, dub, original, mixed, lines, timeline)
                : source(owner, before.path("file_id").asText(), "dubbed video");
        SoundtrackSwap.Swapped swapped = swap.swap(context, picture, mixed, mix.seconds(), subtitles,
                format, remade ? DubbedVideoQuality.parse(dub.quality()).orElseThrow() : DubbedVideoQuality.HIGH, name,
                remade ? PICTURED : 70, 97);
        DubResult.Dubbing dubbing = new DubResult.Dubbing(before.path("voice").asText(),
                before.path("speaker_median_pitch_hz").asDouble(), before.path("speaker_gender").asText(null),
                Arrays.asList(json.convertValue(before.get("speakers"), DubResult.Speaker[].class)), lines, newStems,
                DubSubtitles.url(context.jobId()), gain, List.of(input.index()), List.copyOf(reused),
                dub.burnsCaptions(), DubResult.round(timeline.addedSeconds()), input.editedJobId());
        Asset video = swapped.video();
        return JobResult.withAsset(video.id, DubResult.of(video, dub, dubbing));
    }

    /**
     * The dub's time line after the edit: each phrase's stretch slowed as its result says, the edited one's by
     * {@code editedSlowed} seconds.
     */
    private static PictureTimeline timeline(List<DubResult.Phrase> phrases, int edited, double editedSlowed,
                                            double seconds) {
        PictureTimeline timeline = new PictureTimeline();
        for (int i = 0; i < phrases.size(); i++) {
            double from = phrases.get(i).start();
            double stretch = (i + 1 < phrases.size() ? phrases.get(i + 1).start() : seconds) - from;
            double slowed = i == edited ? editedSlowed : phrases.get(i).pictureSlowedSeconds();
            if (stretch > 0) {
                timeline.slow(from, from + stretch, (stretch + slowed) / stretch);
            }
        }
        return timeline;
    }

    /** A phrase after the edited one, {@code seconds} later in the output than it was. */
    private static DubResult.Phrase shifted(DubResult.Phrase p, double seconds) {
        return seconds == 0 ? p : new DubResult.Phrase(p.start(), p.end(), p.speaker(), p.text(), p.translation(),
                DubResult.round(p.dubbedStart() + seconds), DubResult.round(p.dubbedEnd() + seconds), p.drift(),
                p.tempo(), DubResult.round(p.mappedStart() + seconds), DubResult.round(p.mappedEnd() + seconds),
                p.pictureSlowedSeconds(), p.audioFileId());
    }

    /** The background stem, new voice stem and mix as WAV work files, {@code seconds} long. */
    private record Remixed(Path background, Path voice, Path mixed, double seconds) {
    }

    /**
     * The voice track over the stored background stem (stretched by {@code restretch} where the edit changed the
     * slowing of the picture), in stereo where the stem is.
     */
    private Remixed remix(JobContext context, Path backgroundStem, PcmAudio voiceTrack, double gain,
                          double fromSeconds, double toSeconds, PictureTimeline restretch) {
        StereoPcm stereo;
        try {
            stereo = decoder.decodeStereo(backgroundStem, DubHandler.SOUND_RATE);
        } catch (AudioDecodingException e) {
            throw new JobFailedException("Stored sound could not be decoded: " + e.getMessage(), e);
        }
        if (stereo.isMono()) {
            DubMix mix = DubRemix.of(restretch.stretched(decode(backgroundStem, DubHandler.SOUND_RATE), stretcher),
                    voiceTrack, gain, fromSeconds, toSeconds);
            return new Remixed(DubWorkFiles.wav(context, mix.background()), DubWorkFiles.wav(context, mix.voice()),
                    DubWorkFiles.wav(context, mix.mixed()), mix.mixed().durationSeconds());
        }
        StereoDubMix mix = DubRemix.of(restretch.stretched(stereo, stretcher), voiceTrack, gain, fromSeconds, toSeconds);
        return new Remixed(DubWorkFiles.wav(context, mix.background()), DubWorkFiles.wav(context, mix.voice()),
                DubWorkFiles.wav(context, mix.mixed()), mix.mixed().durationSeconds());
    }

    /**
     * The picture made again from the original, since the edited dub's says the old words or keeps the old time
     * line: slowed on {@code timeline} where it is, lip-synced again to the edited sound when the dub was, and the
     * corrected captions burned in when the dub's were.
     */
    private DubbingFiles.Source pictureAgain(JobContext context, DubInput dub, DubbingFiles.Source original,
                                             Path sound, List<DubResult.Phrase> lines, PictureTimeline timeline) {
        boolean lip = Boolean.TRUE.equals(dub.lipSync());
        int lipSynced = dub.burnsCaptions() ? 80 : PICTURED;
        Path picture = timeline.slows() ? slowedPicture.slowed(context, original.path(), timeline,
                original.durationSeconds(), 56, 60) : original.path();
        picture = lip ? lipSync.lipSynced(context, picture, sound, 60, lipSynced) : picture;
        if (dub.burnsCaptions()) {
            picture = captions.burned(context, picture, sound, DubSubtitles.target(lines), lip ? lipSynced : 60,
                    PICTURED);
        }
        return new DubbingFiles.Source(picture,
                timeline.map(original.durationSeconds()), original.projectName());
    }

    private String translate(String text, DubInput dub) {
        try {
            return translator.translate(text, dub.sourceLanguage(), dub.targetLanguage());
        } catch (TranslationException e) {
            throw new JobFailedException(e.getMessage(), e);
        }
    }

    /**
     * The voice that dubbed {@code label}: the caller's mapped to it in the request, else the one the dub's result
     * names for the speaker (the caller's voice, or the registered speaker's own), else the speaker's own from
     * their phrases.
     */
    private VoiceProfileData voiceOf(long owner, DubInput dub, String label, JsonNode before,
                                     List<DubResult.Phrase> phrases, PcmAudio heard) {
        Long mapped = dub.voiceFor(label);
        if (mapped != null) {
            return voices.profile(owner, mapped)
                    .orElseThrow(() -> new JobFailedException("The voice chosen for " + label + " no longer exists"));
        }
        for (JsonNode speaker : before.path("speakers")) {
            if (label.equals(speaker.path("label").asText())) {
                Optional<VoiceProfileData> voice = casting.voiceOf(owner, text(speaker, "voice_profile_id"),
                        text(speaker, "speaker_id"));
                if (voice.isPresent()) {
                    return voice.get();
                }
            }
        }
        return analyzer.analyzeSpeech(heard, new SpeechSpans(phrases.stream().filter(p -> label.equals(p.speaker()))
                .map(p -> new SpeechSpans.Span(p.start(), p.end())).toList()));
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private DubbingFiles.Source source(long owner, String fileId, String what) {
        return files.source(owner, fileId).orElseThrow(() -> new JobFailedException(
                "The " + what + " of the edited dub (" + fileId + ") no longer exists; dub the video again"));
    }

    private PcmAudio decode(Path file, int rate) {
        try {
            return decoder.decode(file, rate);
        } catch (AudioDecodingException e) {
            throw new JobFailedException("Stored sound could not be decoded: " + e.getMessage(), e);
        }
    }

}
