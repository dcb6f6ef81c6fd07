package studio.loqui.avatar;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobCancelledException;
import studio.loqui.jobs.JobContext;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.jobs.JobHandler;
import studio.loqui.jobs.JobOutput;
import studio.loqui.jobs.JobResult;
import studio.loqui.media.MediaException;
import studio.loqui.media.audio.AudioFormat;
import studio.loqui.media.render.AvatarEngine;
import studio.loqui.media.render.ProgressListener;
import studio.loqui.media.render.RenderCancelledException;
import studio.loqui.media.render.RenderResult;
import studio.loqui.media.tts.SpeechTiming;
import studio.loqui.media.tts.SynthesisException;
import studio.loqui.media.voiceprint.VoiceProfileData;
import studio.loqui.storage.Asset;
import studio.loqui.speech.SpeechService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Seed 004's render job: a portrait speaking an audio file, or text in a cloned voice. The video is
 * named after the job, so a re-run after a crash finds what an earlier attempt stored.
 */
@ApplicationScoped
public class AvatarHandler implements JobHandler<AvatarResult> {

    public static final String KIND = "avatar";
    private static final int SPEECH_DONE = 10;
    private static final int FRAMES_DONE = 95;

    private final AvatarEngine engine;
    private final AvatarSources sources;
    private final AvatarFiles files;
    private final SpeechService speech;

    public AvatarHandler(AvatarEngine engine, AvatarSources sources, AvatarFiles files, SpeechService speech) {
        this.engine = engine;
        this.sources = sources;
        this.files = files;
        this.speech = speech;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public JobOutput<AvatarResult> output(JobContext context) {
        AvatarInput input = context.input(AvatarInput.class);
        return JobOutput.stored(context.jobId() + ".mp4",
                name -> sources.earlierRender(name)
                        .map(video -> result(video, (int) Math.round(video.durationSeconds * input.fps()))),
                name -> renderVideo(context, input, name));
    }

    private JobResult<AvatarResult> renderVideo(JobContext context, AvatarInput input, String name) throws IOException {
        Path image = sources.file(input.imageAssetId())
                .orElseThrow(() -> new JobFailedException("The image no longer exists"));
        Voiced voiced = input.audioAssetId() != null
                ? new Voiced(sources.file(input.audioAssetId())
                        .orElseThrow(() -> new JobFailedException("The audio no longer exists")), List.of())
                : speak(context, input);
        Path out = context.workFile("mp4");
        RenderResult rendered = render(context, input, image, voiced, out);
        Asset video = files.storeRender(context.owned() ? context.ownerId() : null, out, name);
        return result(video, rendered.framesGenerated());
    }

    private RenderResult render(JobContext context, AvatarInput input, Path image, Voiced voiced, Path out) {
        try {
            return engine.render(image, voiced.audio(), voiced.phones(), input.fps(), input.resolution(), progress(context), out);
        } catch (MediaException e) {
            throw new JobFailedException(e.getMessage(), e);
        } catch (RenderCancelledException e) {
            throw new JobCancelledException();
        }
    }

    private static ProgressListener progress(JobContext context) {
        return new ProgressListener() {
            @Override
            public void framesDone(int done, int total) {
                context.progress(SPEECH_DONE + (int) ((FRAMES_DONE - SPEECH_DONE) * (double) done / Math.max(1, total)),
                        "Rendering frame " + done + " of " + total);
            }

            @Override
            public boolean cancelled() {
                return context.cancelRequested();
            }
        };
    }

    /** The speech to mouth, with its phones' times when a synthesiser spoke it and reported them. */
    private record Voiced(Path audio, List<SpeechTiming> phones) {
    }

    private Voiced speak(JobContext context, AvatarInput input) throws IOException {
        VoiceProfileData voice = sources.voice(context.ownerId(), input.voiceId())
                .orElseThrow(() -> new JobFailedException("The voice no longer exists"));
        context.progress(2, "Speaking the text");
        try {
            SpeechService.Speech spoken = speech.speak(new SpeechService.SpeechRequest(input.text(), input.language(),
                    voice, null), context::checkpoint);
            Path wav = context.workFile("wav");
            Files.write(wav, speech.encode(spoken.audio(), AudioFormat.WAV));
            context.progress(SPEECH_DONE, "Rendering");
            return new Voiced(wav, spoken.phones());
        } catch (SynthesisException e) {
            throw new JobFailedException(e.getMessage(), e);
        }
    }

    private static JobResult<AvatarResult> result(Asset video, int frames) {
        return JobResult.withAsset(video.id, AvatarResult.of(video, frames));
    }
}
