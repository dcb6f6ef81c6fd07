package studio.loqui.film;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobContext;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.jobs.JobHandler;
import studio.loqui.jobs.JobOutput;
import studio.loqui.jobs.JobResult;
import studio.loqui.media.MediaException;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.WavFiles;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.media.ffmpeg.FrameEncoder;
import studio.loqui.media.music.MusicComposer;
import studio.loqui.media.music.Soundtrack;
import studio.loqui.media.picture.ScenePainter;
import studio.loqui.media.picture.StoryboardArtwork;
import studio.loqui.media.picture.StoryboardFrames;
import studio.loqui.storage.Asset;
import studio.loqui.speech.SpeechService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Seed 003's render: moderate the script again, narrate each line, compose the music, then draw the frames
 * (painting each picture as its shot begins) and encode them, store the MP4 as the owner's. Every step records what it cost by the
 * {@link PriceTable}, so a failed or cancelled job still shows the work it really did. The film is named
 * after the film job, so a re-run after a crash finds what an earlier attempt stored.
 */
@ApplicationScoped
public class FilmRenderHandler implements JobHandler<FilmRenderResult> {

    public static final String KIND = "film";
    /** The progress a render reports once the script has passed moderation. */
    static final int MODERATED = 2;
    private static final int NARRATED = 30;
    private static final int FRAMES_START = 32;
    private static final int ENCODED = 96;
    /** A narrator's pace, then slower retakes of a line the speech check did not hear well. */
    private static final double[] NARRATION_SPEEDS = {1.0, 0.9, 0.8};
    private static final double CLEAR_ENOUGH = 0.1;

    private final FilmRecords records;
    private final SpeechService speech;
    private final FFmpegBinaries ffmpeg;
    private final ScenePainter painter = new ScenePainter();
    private final MusicComposer composer = new MusicComposer();

    public FilmRenderHandler(FilmRecords records, SpeechService speech, FFmpegBinaries ffmpeg) {
        this.records = records;
        this.speech = speech;
        this.ffmpeg = ffmpeg;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public JobOutput<FilmRenderResult> output(JobContext context) {
        long id = context.input(FilmRenderInput.class).filmJobId();
        FilmRecords.Snapshot job = records.load(id).orElseThrow(() -> new JobFailedException("The film job no longer exists"));
        return JobOutput.stored("film-" + id + ".mp4",
                name -> records.earlierOutput(job.ownerId(), name).map(video -> result(video, null)),
                name -> moderateAndRender(context, job, name));
    }

    private JobResult<FilmRenderResult> moderateAndRender(JobContext context, FilmRecords.Snapshot job, String name)
            throws IOException {
        moderate(context, job);
        context.progress(MODERATED, "Narrating");
        return render(context, job, name);
    }

    private void moderate(JobContext context, FilmRecords.Snapshot job) {
        context.progress(1, "Moderating the script");
        Moderation.Verdict verdict = Moderation.check(job.script());
        if (!verdict.approved()) {
            records.moderationFailed(job.id(), verdict);
            throw new JobFailedException(verdict.reason());
        }
    }

    private JobResult<FilmRenderResult> render(JobContext context, FilmRecords.Snapshot job, String name) throws IOException {
        FilmConfig config = job.config();
        List<String> lines = lines(job.script());
        Work work = new Work(job.id(), config);
        List<PcmAudio> narration = config.includeVoice() ? narrate(context, job, lines, work) : List.of();
        double[] spoken = narration.stream().mapToDouble(PcmAudio::durationSeconds).toArray();
        FilmTimeline timeline = FilmTimeline.plan(lines, narration.isEmpty() ? new double[lines.size()] : spoken,
                config.videoDuration(), config.numImages());
        double seconds = FrameEncoder.frameCount(timeline.seconds(), config.fps()) / (double) config.fps();
        Path soundtrack = soundtrack(context, config, timeline, narration, seconds, work);
        FilmQuality quality = FilmQuality.of(config.quality());
        StoryboardArtwork art = new StoryboardArtwork(painter, timeline.storyboard(), quality.width(), quality.height(),
                index -> work.images++);
        Path out = context.workFile("mp4");
        encode(context, timeline, art, quality, config.fps(), soundtrack, out, work);
        context.progress(ENCODED + 1, "Storing the film");
        Asset video = records.store(job, out, name);
        return result(video, work);
    }

    private List<PcmAudio> narrate(JobContext context, FilmRecords.Snapshot job, List<String> lines, Work work) {
        FilmRecords.Narrator narrator = records.findNarrator(job.ownerId(), job.config().voice())
                .orElseThrow(() -> new JobFailedException("The narrator's voice is no longer there: Voice profile "
                        + job.config().voice() + " not found"));
        List<PcmAudio> clips = new ArrayList<>();
        for (String line : lines) {
            context.progress(MODERATED + (NARRATED - MODERATED) * clips.size() / lines.size(),
                    "Narrating line " + (clips.size() + 1) + " of " + lines.size());
            try {
                clips.add(clearest(context, narrator, line));
            } catch (MediaException e) {
                throw new JobFailedException("Could not narrate \"" + line + "\": " + e.getMessage(), e);
            }
            work.voiceSeconds += clips.get(clips.size() - 1).durationSeconds();
            work.record();
        }
        return clips;
    }

    /**
     * The line spoken at a narrator's pace; when the speech check hears it poorly (word error rate above
     * {@link #CLEAR_ENOUGH}), a stock voice says it again more slowly and the take heard best is kept.
     */
    private PcmAudio clearest(JobContext context, FilmRecords.Narrator narrator, String line) {
        SpeechService.Speech best = null;
        for (double speed : NARRATION_SPEEDS) {
            SpeechService.Speech take = speech.speak(new SpeechService.SpeechRequest(spoken(line), narrator.language(),
                    narrator.target(), narrator.stockGender(), speed), context::checkpoint);
            if (best == null || wer(take) < wer(best)) {
                best = take;
            }
            if (narrator.target() != null || wer(best) <= CLEAR_ENOUGH) {
                break;
            }
        }
        return best.audio();
    }

    /** A line without an ending is read as an unfinished sentence (rising, rushed); a full stop closes it. */
    static String spoken(String line) {
        String trimmed = line.strip();
        return trimmed.matches(".*[.!?\u2026\"')]$") ? trimmed : trimmed + ".";
    }

    private static double wer(SpeechService.Speech speech) {
        return speech.wordErrorRate() == null ? 0 : speech.wordErrorRate();
    }

    private Path soundtrack(JobContext context, FilmConfig config, FilmTimeline timeline, List<PcmAudio> narration,
                            double seconds, Work work) throws IOException {
        context.progress(NARRATED, "Composing the music");
        PcmAudio music = null;
        if (config.includeMusic()) {
            music = composer.compose(seconds, config.genre(), config.mood());
            work.musicSeconds = seconds;
            work.record();
        }
        List<Soundtrack.Clip> clips = new ArrayList<>();
        for (int i = 0; i < narration.size(); i++) {
            clips.add(new Soundtrack.Clip(narration.get(i), timeline.scenes().get(i).voiceStart()));
        }
        Path wav = context.workFile("wav");
        Files.write(wav, WavFiles.encode(Soundtrack.mix(seconds, clips, music)));
        return wav;
    }

    private void encode(JobContext context, FilmTimeline timeline, StoryboardArtwork art, FilmQuality quality,
                        int fps, Path soundtrack, Path out, Work work) {
        FrameEncoder.Format format = new FrameEncoder.Format(quality.width(), quality.height(), fps,
                quality.bitsPerSecond(), Soundtrack.SAMPLE_RATE);
        int frames = FrameEncoder.frameCount(timeline.seconds(), fps);
        try {
            new FrameEncoder(ffmpeg.ffmpeg()).encode(format, frames, () -> new StoryboardFrames(art, fps)::draw,
                    soundtrack, out, (done, total) -> {
                context.progress(FRAMES_START + (ENCODED - FRAMES_START) * done / total, "Drawing frame " + done + " of " + total);
                work.frames = done;
                if (done % Math.max(1, fps) == 0 || done == total) {
                    work.record();
                }
            });
        } catch (IOException e) {
            context.checkpoint();
            throw new JobFailedException(e.getMessage(), e);
        }
    }

    static List<String> lines(String script) {
        List<String> lines = Arrays.stream(script.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty() ? List.of(script.strip()) : lines;
    }

    /** {@code work} is null when an earlier attempt already stored the film. */
    private static JobResult<FilmRenderResult> result(Asset video, Work work) {
        return JobResult.withAsset(video.id, FilmRenderResult.of(video, work == null ? null
                : new FilmRenderResult.Work(work.images, work.frames, Math.round(work.voiceSeconds * 1000) / 1000.0,
                        work.total())));
    }

    /** The work done so far, priced and recorded on the film job as it grows. */
    private final class Work {
        final long filmJobId;
        final FilmConfig config;
        int images;
        int frames;
        double voiceSeconds;
        double musicSeconds;

        Work(long filmJobId, FilmConfig config) {
            this.filmJobId = filmJobId;
            this.config = config;
        }

        double total() {
            return PriceTable.itemise(new PriceTable.Work(images, frames / (double) config.fps(), voiceSeconds,
                    musicSeconds, config.fps(), config.quality())).total();
        }

        void record() {
            records.actualCost(filmJobId, total());
        }
    }
}
