package studio.loqui.speech;

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
 * The one {@code synthesize} job behind seed 002's generations, seed 000's clone synthesis and seed
 * 001's clone-voice: text spoken in a voice, checked by ear, stored as a file of the owner's. The output
 * is named by the request, so a re-run after a crash finds what an earlier attempt stored.
 */
@ApplicationScoped
public class SynthesizeHandler implements JobHandler<SpeechResult> {

    public static final String KIND = "synthesize";

    private final SpeechService speech;
    private final SpeechFiles files;

    public SynthesizeHandler(SpeechService speech, SpeechFiles files) {
        this.speech = speech;
        this.files = files;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public JobOutput<SpeechResult> output(JobContext context) {
        SynthesizeInput input = context.input(SynthesizeInput.class);
        AssetArea area = AssetArea.valueOf(input.area());
        AudioFormat format = AudioFormat.parse(input.format());
        String name = input.outputName() != null ? input.outputName()
                : "speech-" + context.jobId() + "." + format.extension();
        return JobOutput.stored(name,
                stored -> files.earlierOutput(context.ownerId(), area, stored).map(asset -> SpeechResult.of(asset, null)),
                stored -> synthesize(context, input, area, format, stored));
    }

    private JobResult<SpeechResult> synthesize(JobContext context, SynthesizeInput input, AssetArea area,
                                               AudioFormat format, String name) throws IOException {
        VoiceProfileData target = null;
        if (input.voiceId() != null) {
            target = files.profile(context.ownerId(), input.voiceId())
                    .orElseThrow(() -> new JobFailedException("The voice no longer exists"));
        }
        context.progress(5, "Synthesising speech");
        SpeechService.Speech spoken = speak(context, input, target);
        context.progress(85, "Encoding");
        Path out = context.workFile(format.extension());
        Files.write(out, speech.encode(spoken.audio(), format));
        context.checkpoint();
        Asset asset = files.store(context.ownerId(), area, out, name);
        return SpeechResult.of(asset, spoken);
    }

    private SpeechService.Speech speak(JobContext context, SynthesizeInput input, VoiceProfileData target) {
        try {
            return speech.speak(new SpeechService.SpeechRequest(input.text(), input.language(), target,
                    input.stockGender()), context::checkpoint);
        } catch (SynthesisException e) {
            throw new JobFailedException(e.getMessage(), e);
        }
    }
}
