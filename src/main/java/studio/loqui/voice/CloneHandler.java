package studio.loqui.voice;

import studio.loqui.speech.SpeechFiles;
import studio.loqui.speech.SpeechResults;
import studio.loqui.speech.SpeechService;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobContext;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.jobs.JobHandler;
import studio.loqui.jobs.JobResult;
import studio.loqui.media.audio.AudioFormat;
import studio.loqui.media.tts.SynthesisException;
import studio.loqui.media.voiceprint.VoiceProfileData;
import studio.loqui.storage.Asset;
import studio.loqui.storage.AssetArea;
import studio.loqui.system.ApiException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Seed 000's clone job: analyses the voice in the source file, keeps it as a voice of the owner's, and
 * speaks a standard passage in it, stored in the owner's storage as {@code clone_<id>.wav}.
 */
@ApplicationScoped
public class CloneHandler implements JobHandler {

    public static final String KIND = "voice-clone";
    /** The opening of the Rainbow Passage, which covers most sounds of English. */
    static final String PASSAGE = "When the sunlight strikes raindrops in the air, they act as a prism and form a "
            + "rainbow. The rainbow is a division of white light into many beautiful colors.";

    private final CloneFiles clones;
    private final SpeechService speech;
    private final SpeechFiles files;

    public CloneHandler(CloneFiles clones, SpeechService speech, SpeechFiles files) {
        this.clones = clones;
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
    public JobResult run(JobContext context) throws IOException {
        long cloneId = clones.cloneId(context.ownerId(), context.jobId())
                .orElseThrow(() -> new JobFailedException("The clone no longer exists"));
        context.progress(5, "Analysing the voice");
        VoiceProfileData voice = analyse(context.ownerId(), context.jobId());
        var earlier = files.earlierOutput(context.ownerId(), AssetArea.STORAGE, outputName(cloneId));
        if (earlier.isPresent()) {
            return SpeechResults.of(earlier.get(), null);
        }
        context.progress(25, "Speaking in the cloned voice");
        SpeechService.Speech spoken = speak(context, voice);
        Path out = context.workFile("wav");
        Files.write(out, speech.encode(spoken.audio(), AudioFormat.WAV));
        context.checkpoint();
        Asset asset = files.store(context.ownerId(), AssetArea.STORAGE, out, outputName(cloneId));
        return SpeechResults.of(asset, spoken);
    }

    private VoiceProfileData analyse(long ownerId, String jobId) {
        try {
            return clones.voiceOf(ownerId, jobId)
                    .orElseThrow(() -> new JobFailedException("The clone no longer exists"));
        } catch (ApiException e) {
            throw new JobFailedException(e.getMessage(), e);
        }
    }

    private SpeechService.Speech speak(JobContext context, VoiceProfileData voice) {
        try {
            return speech.speak(new SpeechService.SpeechRequest(PASSAGE, "en", voice, null), context::checkpoint);
        } catch (SynthesisException e) {
            throw new JobFailedException(e.getMessage(), e);
        }
    }
}
