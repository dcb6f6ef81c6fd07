package studio.loqui.voice;

import studio.loqui.speech.SpeechFiles;
import studio.loqui.speech.SpeechResult;
import studio.loqui.speech.SpeechService;
import studio.loqui.speech.VoiceService;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobContext;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.jobs.JobHandler;
import studio.loqui.jobs.JobOutput;
import studio.loqui.jobs.JobResult;
import studio.loqui.media.audio.AudioFormat;
import studio.loqui.media.tts.SynthesisException;
import studio.loqui.media.voiceprint.VoiceProfileData;
import studio.loqui.storage.Asset;
import studio.loqui.storage.AssetArea;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Seed 000's clone job: analyses the voice in the source file, keeps it as a voice of the owner's, and
 * speaks a standard passage in it, stored in the owner's storage as {@code clone_<id>.wav}. A recording
 * that cannot make a voice fails the job with the analysis's reason.
 */
@ApplicationScoped
public class CloneHandler implements JobHandler<SpeechResult> {

    public static final String KIND = "voice-clone";
    /** The opening of the Rainbow Passage, which covers most sounds of English. */
    static final String PASSAGE = "When the sunlight strikes raindrops in the air, they act as a prism and form a "
            + "rainbow. The rainbow is a division of white light into many beautiful colors.";

    private final CloneFiles clones;
    private final VoiceService voices;
    private final SpeechService speech;
    private final SpeechFiles files;

    public CloneHandler(CloneFiles clones, VoiceService voices, SpeechService speech, SpeechFiles files) {
        this.clones = clones;
        this.voices = voices;
        this.speech = speech;
        this.files = files;
    }

    @Override
    public String kind() {
        return KIND;
    }

    public static String outputName(long cloneId) {
        return "clone_" + cloneId + ".wav";
    }

    @Override
    public JobOutput<SpeechResult> output(JobContext context) {
        CloneFiles.Clone clone = clones.find(context.ownerId(), context.jobId())
                .orElseThrow(() -> new JobFailedException("The clone no longer exists"));
        return JobOutput.stored(outputName(clone.id()),
                name -> files.earlierOutput(context.ownerId(), AssetArea.STORAGE, name)
                        .map(asset -> SpeechResult.of(asset, null)),
                name -> cloneVoice(context, clone, name));
    }

    private JobResult<SpeechResult> cloneVoice(JobContext context, CloneFiles.Clone clone, String name)
            throws IOException {
        context.progress(5, "Analysing the voice");
        VoiceProfileData voice = voiceOf(context, clone);
        context.progress(25, "Speaking in the cloned voice");
        SpeechService.Speech spoken = speak(context, voice);
        Path out = context.workFile("wav");
        Files.write(out, speech.encode(spoken.audio(), AudioFormat.WAV));
        context.checkpoint();
        Asset asset = files.store(context.ownerId(), AssetArea.STORAGE, out, name);
        return SpeechResult.of(asset, spoken);
    }

    /** The voice an earlier attempt kept, or the source analysed now (outside any transaction) and kept. */
    private VoiceProfileData voiceOf(JobContext context, CloneFiles.Clone clone) {
        if (clone.voiceId() != null) {
            return clones.profile(clone.voiceId());
        }
        if (clone.source() == null) {
            throw new JobFailedException("The source file " + clone.sourceFile() + " no longer exists");
        }
        return clones.keepVoice(context.ownerId(), context.jobId(), clone, voices.analyse(clone.source()));
    }

    private SpeechService.Speech speak(JobContext context, VoiceProfileData voice) {
        try {
            return speech.speak(new SpeechService.SpeechRequest(PASSAGE, "en", voice, null), context::checkpoint);
        } catch (SynthesisException e) {
            throw new JobFailedException(e.getMessage(), e);
        }
    }
}
