package studio.loqui.dubbing.dub;

import studio.loqui.dubbing.DubbedVideoFormat;
import studio.loqui.dubbing.DubbedVideoQuality;

import studio.loqui.dubbing.DubbingFiles;

import studio.loqui.dubbing.speakers.SpeakerCasting;
import studio.loqui.dubbing.translate.PhraseTranslator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import studio.loqui.lipsync.LipSyncedVideo;
import studio.loqui.jobs.JobContext;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.jobs.JobHandler;
import studio.loqui.jobs.JobOutput;
import studio.loqui.jobs.JobResult;
import studio.loqui.media.asr.RecognizerChooser;
import studio.loqui.media.asr.SpeechSpans;
import studio.loqui.media.asr.SpeechTranscriber;
import studio.loqui.media.asr.SubtitleCues;
import studio.loqui.media.asr.SubtitleFormat;
import studio.loqui.media.asr.WordErrorRate;
import studio.loqui.media.asr.Transcript;
import studio.loqui.media.asr.TranscriptSegments;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.AudioDecodingException;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.separation.SpeechRemover;
import studio.loqui.media.separation.StereoSpeechRemover;
import studio.loqui.media.audio.StereoPcm;
import studio.loqui.media.stretch.TimeStretcher;
import studio.loqui.media.translate.TranslationException;
import studio.loqui.media.voiceprint.VoiceAnalyzer;
import studio.loqui.storage.Asset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The whole dubbing pipeline as one job: the video's speech is recognised and cut into sentences at its
 * pauses, each translated whole and spoken in the voice of the video's own speaker (analysed from the same
 * recording), in one of the caller's voices, or in the voice a speaker recognised from an earlier dub of the
 * owner's had there ({@link SpeakerCasting}), fitted to its place ({@link PhraseSlot}) and laid at its
 * original start ({@link DubbedTrack}). The original's speech is taken out of its sound where words were
 * heard ({@link SpeechRemover}), the dubbed voice mixed over what remains ({@link DubMix}), and the video's
 * sound replaced with that ({@link SoundtrackSwap}); the background and voice stems are stored too. A stereo
 * source keeps its two channels in the background stem and the dub. With {@code slow_picture}, a phrase that cannot
 * fit at 1.25x slows the picture under it instead ({@link PictureTimeline}): later phrases, the background and the
 * picture follow the slowed time line.
 */
@ApplicationScoped
public class DubHandler implements JobHandler<DubResult> {

    public static final String KIND = "dub";
    private static final int RATE = VoiceAnalyzer.ANALYSIS_RATE;
    /** The background keeps music up to 16 kHz; the voices are made at {@link #RATE} and brought up to it. */
    static final int SOUND_RATE = 32000;
    private static final int HEARD = 35;
    private static final int SPOKEN = 75;
    private static final int SEPARATED = 80;
    private static final int STORING = 97;
    private static final int LIP_SYNCED = 92;
    private static final int CAPTIONED = 95;
    /** Recognised word times miss onsets and releases by up to this; the speech remover covers them too. */
    static final double SEPARATION_MARGIN_SECONDS = 0.15;
    /** Above this word error rate against what is heard, a supplied transcript is another video's. */
    static final double MISMATCHED_TRANSCRIPT_WER = 0.8;

    private final AudioDecoder decoder;
    private final RecognizerChooser recognizers;
    private final SpeechTranscriber transcriber;
    private final PhraseTranslator translator;
    private final VoiceAnalyzer analyzer;
    private final SoundtrackSwap swap;
    private final DubbingFiles files;
    private final SpeakerCasting casting;
    private final SpeechRemover remover;
    private final PhraseRenderer renderer;
    private final PhraseFiles phraseFiles;
    @Inject
    LipSyncedVideo lipSync;
    @Inject
    BurnedCaptions captions;
    @Inject
    StereoSpeechRemover stereoRemover;
    @Inject
    SlowedPicture slowedPicture;
    @Inject
    TimeStretcher stretcher;

    public DubHandler(AudioDecoder decoder, RecognizerChooser recognizers, SpeechTranscriber transcriber,
                      PhraseTranslator translator, VoiceAnalyzer analyzer, SoundtrackSwap swap,
                      DubbingFiles files, SpeakerCasting casting, SpeechRemover remover, PhraseRenderer renderer,
                      PhraseFiles phraseFiles) {
        this.casting = casting;
        this.remover = remover;
        this.renderer = renderer;
        this.phraseFiles = phraseFiles;
        this.decoder = decoder;
        this.recognizers = recognizers;
        this.transcriber = transcriber;
        this.translator = translator;
        this.analyzer = analyzer;
        this.swap = swap;
        this.files = files;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public JobOutput<DubResult> output(JobContext context) {
        DubInput input = context.input(DubInput.class);
        DubbedVideoFormat format = DubbedVideoFormat.parse(input.outputFormat()).orElseThrow();
        return JobOutput.stored("dubbed-" + context.jobId() + "." + format.extension(),
                name -> files.earlierOutput(context.ownerId(), name).map(video -> result(video, input, null)),
                name -> dub(context, input, format, name));
    }

    private JobResult<DubResult> dub(JobContext context, DubInput input, DubbedVideoFormat format, String name) {
        DubbingFiles.Source video = files.source(context.ownerId(), input.videoFileId())
                .orElseThrow(() -> new JobFailedException("File " + input.videoFileId() + " no longer exists"));
        context.progress(1, "Listening to the video");
        PcmAudio original = decode(video.path(), RATE);
        Transcript heard = input.transcript() == null ? hear(context, input, original) : null;
        List<TranscriptSegments.Segment> phrases = heard != null ? TranscriptSegments.sentences(heard.words())
                : suppliedPhrases(context, input, original);
        if (phrases.isEmpty()) {
            throw new JobFailedException("No speech was recognised in the video, so there is nothing to dub");
        }
        SpeechSpans spans = heard != null ? SpeechSpans.of(heard, original.durationSeconds())
                : spansOf(phrases, original.durationSeconds());
        context.progress(HEARD, "Telling the speakers apart");
        DubSpeakers speakers = DubSpeakers.of(original, phrases, told -> casting.cast(context.ownerId(),
                context.jobId(), told.stream().map(t -> new SpeakerCasting.Heard(t.label(),
                        analyzer.analyzeSpeech(original, t.speech()), input.voiceFor(t.label()))).toList()));
        DubbedTrack track = new DubbedTrack(RATE, original.durationSeconds());
        PictureTimeline timeline = new PictureTimeline();
        List<DubResult.Phrase> lines = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            lines.add(dubPhrase(context, name, i, phrases.get(i), PhraseSlot.of(phrases, i, original.durationSeconds()),
                    input, speakers.of(i), track, timeline));
            context.progress(HEARD + (i + 1) * (SPOKEN - HEARD) / phrases.size(),
                    "Spoke " + (i + 1) + " of " + phrases.size() + " phrases");
        }
        context.progress(SPOKEN, "Taking the original speech out of the background");
        double seconds = timeline.map(original.durationSeconds());
        Sound mix = sound(context, video.path(), spans.widened(SEPARATION_MARGIN_SECONDS, original.durationSeconds()),
                track.mix(seconds), timeline);
        context.progress(SEPARATED, "Mixing the dubbed voice over the background");
        DubResult.Stems stems = new DubResult.Stems(
                DubResult.StemFile.of(files.storeAudio(context.ownerId(), mix.background(),
                        stemName(name, "background"), video.projectName())),
                DubResult.StemFile.of(files.storeAudio(context.ownerId(), mix.voice(),
                        stemName(name, "voice"), video.projectName())));
        SoundtrackSwap.Subtitles subtitles = new SoundtrackSwap.Subtitles(
                DubWorkFiles.srt(context, SubtitleFormat.SRT.cues(DubSubtitles.target(lines))), input.targetLanguage());
        Path mixed = mix.mixed();
        boolean lip = Boolean.TRUE.equals(input.lipSync());
        Path picture = timeline.slows() ? slowedPicture.slowed(context, video.path(), timeline,
                original.durationSeconds(), SEPARATED, SEPARATED + 2) : video.path();
        picture = lip ? lipSync.lipSynced(context, picture, mixed, SEPARATED, LIP_SYNCED) : picture;
        int pictured = lip ? LIP_SYNCED : SEPARATED;
        if (input.burnsCaptions()) {
            picture = captions.burned(context, picture, mixed, DubSubtitles.target(lines), pictured, CAPTIONED);
            pictured = CAPTIONED;
        }
        SoundtrackSwap.Swapped swapped = swap.swap(context,
                new DubbingFiles.Source(picture, seconds, video.projectName()), mixed,
                mix.seconds(), subtitles, format,
                DubbedVideoQuality.parse(input.quality()).orElseThrow(), name, pictured, STORING);
        return result(swapped.video(), input, DubResult.Dubbing.of(input, speakers, lines, stems,
                DubSubtitles.url(context.jobId()), mix.gain(), timeline.addedSeconds()));
    }

    /** The stems and the mix as WAV work files, {@code seconds} long. */
    private record Sound(Path background, Path voice, Path mixed, double seconds, double gain) {
    }

    /**
     * The background and the dubbed voice over it. A stereo source keeps its two channels, its centred speech
     * removed by {@link StereoSpeechRemover}, with the dubbed voice centred; a mono one goes through
     * {@link SpeechRemover}. Both the sound and its background are stretched to {@code timeline} first.
     */
    private Sound sound(JobContext context, Path video, SpeechSpans speech, PcmAudio voiceTrack,
                        PictureTimeline timeline) {
        StereoPcm stereo = decodeStereo(video);
        if (stereo.isMono()) {
            PcmAudio sound = decode(video, SOUND_RATE);
            DubMix mix = DubMix.of(timeline.stretched(sound, stretcher),
                    timeline.stretched(remover.background(sound, speech), stretcher), voiceTrack);
            return new Sound(DubWorkFiles.wav(context, mix.background()), DubWorkFiles.wav(context, mix.voice()),
                    DubWorkFiles.wav(context, mix.mixed()), mix.mixed().durationSeconds(), mix.gain());
        }
        StereoDubMix mix = StereoDubMix.of(timeline.stretched(stereo, stretcher),
                timeline.stretched(stereoRemover.background(stereo, speech), stretcher), voiceTrack);
        return new Sound(DubWorkFiles.wav(context, mix.background()), DubWorkFiles.wav(context, mix.voice()),
                DubWorkFiles.wav(context, mix.mixed()), mix.mixed().durationSeconds(), mix.gain());
    }

    private StereoPcm decodeStereo(Path video) {
        try {
            return decoder.decodeStereo(video, SOUND_RATE);
        } catch (AudioDecodingException e) {
            throw new JobFailedException("The video's sound could not be decoded: " + e.getMessage(), e);
        }
    }

    /**
     * The caller's cues as phrases. Where a recogniser for the source language is installed, what it hears
     * must share most words with them, or the transcript belongs to another video and the job fails.
     */
    private List<TranscriptSegments.Segment> suppliedPhrases(JobContext context, DubInput input, PcmAudio original) {
        List<TranscriptSegments.Segment> cues = SubtitleCues.parse(input.transcript());
        if (recognizers.choose(input.sourceLanguage()).isPresent()) {
            String heard = hear(context, input, original).text();
            double wer = WordErrorRate.spoken(SubtitleCues.text(cues).orElse(""), heard, input.sourceLanguage()).rate();
            if (wer > MISMATCHED_TRANSCRIPT_WER) {
                throw new JobFailedException(String.format(Locale.ROOT, "The transcript does not match the video:"
                        + " %.0f %% of its words differ from what is heard in it", 100 * Math.min(1, wer)));
            }
        }
        return cues;
    }

    /** The stretches the phrases cover, widened as recognised spans are, for the speech remover. */
    private static SpeechSpans spansOf(List<TranscriptSegments.Segment> phrases, double seconds) {
        List<Transcript.Word> words = phrases.stream()
                .map(p -> new Transcript.Word(p.text(), p.start(), p.end(), 1.0)).toList();
        return SpeechSpans.of(new Transcript("", words), seconds);
    }

    private static String stemName(String videoName, String stem) {
        return videoName.substring(0, videoName.lastIndexOf('.')) + "-" + stem + ".wav";
    }

    private Transcript hear(JobContext context, DubInput input, PcmAudio audio) {
        RecognizerChooser.Choice choice = recognizers.choose(input.sourceLanguage()).orElseThrow(() ->
                new JobFailedException("No speech recogniser for '" + input.sourceLanguage() + "' is available now"));
        return transcriber.transcribe(choice.recognizer(), audio, choice.language(),
                (done, of) -> context.progress(1 + done * (HEARD - 1) / of, "Recognised " + done + " of " + of + " pieces"));
    }

    /**
     * Speaks phrase {@code index}, lays it on the track at its start's place on {@code timeline} (slowing the picture
     * after it there when it must) and keeps its audio as a file for later edits.
     */
    private DubResult.Phrase dubPhrase(JobContext context, String name, int index, TranscriptSegments.Segment phrase,
                                       PhraseSlot slot, DubInput input, DubSpeakers.Speaker speaker, DubbedTrack track,
                                       PictureTimeline timeline) {
        String translated;
        try {
            translated = translator.translate(phrase.text(), input.sourceLanguage(), input.targetLanguage());
        } catch (TranslationException e) {
            throw new JobFailedException(e.getMessage(), e);
        }
        PhraseRenderer.Rendered fitted = renderer.render(translated, input.targetLanguage(), speaker.voice(), slot,
                slot.roomSeconds(), input.slowsPicture());
        timeline.slow(slot.start(), slot.start() + slot.stretchSeconds(), fitted.slowing());
        PhraseFiles.Kept kept = phraseFiles.keep(context, name, index, fitted.audio());
        return DubResult.Phrase.of(phrase, speaker.label(), translated,
                track.add(timeline.map(slot.start()), kept.speech()), fitted.tempo(), timeline,
                (fitted.slowing() - 1) * slot.stretchSeconds(), kept.fileId());
    }

    private PcmAudio decode(Path video, int rate) {
        try {
            return decoder.decode(video, rate);
        } catch (AudioDecodingException e) {
            throw new JobFailedException("The video's sound could not be decoded: " + e.getMessage(), e);
        }
    }

    /** {@code dubbing} is null when an earlier attempt already stored the video. */
    private static JobResult<DubResult> result(Asset video, DubInput input, DubResult.Dubbing dubbing) {
        return JobResult.withAsset(video.id, DubResult.of(video, input, dubbing));
    }
}
