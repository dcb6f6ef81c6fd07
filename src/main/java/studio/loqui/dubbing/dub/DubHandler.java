package studio.loqui.dubbing.dub;

import studio.loqui.dubbing.DubbedVideoFormat;
import studio.loqui.dubbing.DubbedVideoQuality;

import studio.loqui.dubbing.DubbingFiles;

import studio.loqui.dubbing.translate.PhraseTranslator;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobContext;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.jobs.JobHandler;
import studio.loqui.jobs.JobOutput;
import studio.loqui.jobs.JobResult;
import studio.loqui.media.asr.RecognizerChooser;
import studio.loqui.media.asr.SpeechSpans;
import studio.loqui.media.asr.SpeechTranscriber;
import studio.loqui.media.asr.Transcript;
import studio.loqui.media.asr.TranscriptSegments;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.AudioDecodingException;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.WavFiles;
import studio.loqui.media.translate.TranslationException;
import studio.loqui.media.tts.SynthesisException;
import studio.loqui.media.voiceprint.ClonedSpeech;
import studio.loqui.media.voiceprint.VoiceAnalyzer;
import studio.loqui.media.voiceprint.VoiceCloner;
import studio.loqui.media.voiceprint.VoiceProfileData;
import studio.loqui.storage.Asset;
import studio.loqui.speech.SpeechFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole dubbing pipeline as one job: the video's speech is recognised, each phrase translated and
 * spoken in the voice of the video's own speaker (analysed from the same recording) or in one of the
 * caller's voices, laid on the original
 * time line ({@link DubbedTrack}), and the video's sound replaced with it ({@link SoundtrackSwap}).
 */
@ApplicationScoped
public class DubHandler implements JobHandler<DubResult> {

    public static final String KIND = "dub";
    private static final int RATE = VoiceAnalyzer.ANALYSIS_RATE;
    private static final int HEARD = 35;
    private static final int SPOKEN = 80;
    private static final int STORING = 97;
    /** The fastest a phrase is spoken to fit its original time; past it speech sounds hurried. */
    static final double MAX_TEMPO = 1.3;

    private final AudioDecoder decoder;
    private final RecognizerChooser recognizers;
    private final SpeechTranscriber transcriber;
    private final PhraseTranslator translator;
    private final VoiceAnalyzer analyzer;
    private final VoiceCloner cloner;
    private final SoundtrackSwap swap;
    private final DubbingFiles files;
    private final SpeechFiles voices;

    public DubHandler(AudioDecoder decoder, RecognizerChooser recognizers, SpeechTranscriber transcriber,
                      PhraseTranslator translator, VoiceAnalyzer analyzer, VoiceCloner cloner, SoundtrackSwap swap,
                      DubbingFiles files, SpeechFiles voices) {
        this.voices = voices;
        this.decoder = decoder;
        this.recognizers = recognizers;
        this.transcriber = transcriber;
        this.translator = translator;
        this.analyzer = analyzer;
        this.cloner = cloner;
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
        PcmAudio original = decode(video.path());
        Transcript heard = hear(context, input, original);
        VoiceProfileData speaker = input.voiceId() == null
                ? analyzer.analyzeSpeech(original, SpeechSpans.of(heard, original.durationSeconds()))
                : voices.profile(context.ownerId(), input.voiceId())
                        .orElseThrow(() -> new JobFailedException("The chosen voice no longer exists"));
        List<TranscriptSegments.Segment> phrases = TranscriptSegments.of(heard.words());
        if (phrases.isEmpty()) {
            throw new JobFailedException("No speech was recognised in the video, so there is nothing to dub");
        }
        DubbedTrack track = new DubbedTrack(RATE, original.durationSeconds());
        List<DubResult.Phrase> lines = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            double slot = (i + 1 < phrases.size() ? phrases.get(i + 1).start() : original.durationSeconds())
                    - phrases.get(i).start() - DubbedTrack.BREATH_SECONDS;
            lines.add(dubPhrase(phrases.get(i), slot, input, speaker, track));
            context.progress(HEARD + (i + 1) * (SPOKEN - HEARD) / phrases.size(),
                    "Spoke " + (i + 1) + " of " + phrases.size() + " phrases");
        }
        PcmAudio dubbed = track.mix();
        SoundtrackSwap.Swapped swapped = swap.swap(context, video, wav(context, dubbed), dubbed.durationSeconds(),
                format, DubbedVideoQuality.parse(input.quality()).orElseThrow(), name, SPOKEN, STORING);
        return result(swapped.video(), input, DubResult.Dubbing.of(input, speaker, lines));
    }

    private Transcript hear(JobContext context, DubInput input, PcmAudio audio) {
        RecognizerChooser.Choice choice = recognizers.choose(input.sourceLanguage()).orElseThrow(() ->
                new JobFailedException("No speech recogniser for '" + input.sourceLanguage() + "' is available now"));
        return transcriber.transcribe(choice.recognizer(), audio, choice.language(),
                (done, of) -> context.progress(1 + done * (HEARD - 1) / of, "Recognised " + done + " of " + of + " pieces"));
    }

    /** @param slotSeconds the time until the next phrase starts in the original */
    private DubResult.Phrase dubPhrase(TranscriptSegments.Segment phrase, double slotSeconds, DubInput input,
                                          VoiceProfileData speaker, DubbedTrack track) {
        String translated;
        ClonedSpeech speech;
        try {
            translated = translator.translate(phrase.text(), input.sourceLanguage(), input.targetLanguage());
            speech = cloner.speak(translated, input.targetLanguage(), speaker);
            double overrun = speech.audio().durationSeconds() / Math.max(0.5, slotSeconds);
            if (overrun > 1.02) {
                // a translation that runs long is spoken faster, up to a pace that stays natural
                speech = cloner.speak(translated, input.targetLanguage(), speaker, Math.min(MAX_TEMPO, overrun));
            }
        } catch (TranslationException | SynthesisException e) {
            throw new JobFailedException(e.getMessage(), e);
        }
        return DubResult.Phrase.of(phrase, translated, track.add(phrase.start(), speech.audio()));
    }

    private PcmAudio decode(Path video) {
        try {
            return decoder.decode(video, RATE);
        } catch (AudioDecodingException e) {
            throw new JobFailedException("The video's sound could not be decoded: " + e.getMessage(), e);
        }
    }

    private static Path wav(JobContext context, PcmAudio audio) {
        Path file = context.workFile("wav");
        try {
            Files.write(file, WavFiles.encode(audio));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** {@code dubbing} is null when an earlier attempt already stored the video. */
    private static JobResult<DubResult> result(Asset video, DubInput input, DubResult.Dubbing dubbing) {
        return JobResult.withAsset(video.id, DubResult.of(video, input, dubbing));
    }
}
