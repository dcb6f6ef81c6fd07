package studio.loqui.dubbing.dub;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import studio.loqui.dubbing.speakers.SpeakerCasting;
import studio.loqui.media.asr.TranscriptSegments;
import studio.loqui.media.voiceprint.VoiceProfileData;
import studio.loqui.storage.Asset;
import studio.loqui.storage.rest.FileView;

import java.util.List;

/**
 * The result of a dub job: the stored video and, when this attempt dubbed it, whose voice spoke and each
 * phrase as heard, translated and placed ({@code dubbing} is null, and its fields absent, when an earlier
 * attempt stored the video). Times in seconds rounded to milliseconds.
 */
public record DubResult(String fileId, String resultUrl, String outputFormat, Double duration,
                        String sourceLanguage, String targetLanguage, @JsonUnwrapped Dubbing dubbing) {

    /**
     * @param voice         how the main speaker was dubbed: {@code speaker} (their own voice) or
     *                      {@code voice_profile} (one of the caller's)
     * @param subtitlesUrl  where the source and target subtitles are read, as SRT or WebVTT
     * @param voiceGain     what the dubbed voice was multiplied by over the background (kept for edits)
     * @param renderedPhrases indices of the phrases this job synthesised
     * @param reusedPhrases   indices of the phrases whose stored audio an edit laid again unchanged
     * @param burnedCaptions whether the target-language cues were drawn into the picture
     * @param pictureSlowedSeconds how much longer than the original the picture was made ({@code slow_picture})
     * @param editedFrom    the dub job an edit started from, null for a dub
     */
    public record Dubbing(String voice, double speakerMedianPitchHz, String speakerGender, List<Speaker> speakers,
                          List<Phrase> phrases, Stems stems, String subtitlesUrl, double voiceGain,
                          List<Integer> renderedPhrases, List<Integer> reusedPhrases, boolean burnedCaptions,
                          double pictureSlowedSeconds, @JsonInclude(JsonInclude.Include.NON_NULL) String editedFrom) {

        static Dubbing of(DubInput input, DubSpeakers speakers, List<Phrase> phrases, Stems stems,
                          String subtitlesUrl, double voiceGain, double pictureSlowedSeconds) {
            VoiceProfileData main = speakers.main().voice();
            return new Dubbing(speakers.main().cast().kind(), round(main.medianF0Hz()),
                    main.gender(), speakers.speakers().stream().map(Speaker::of).toList(), phrases, stems,
                    subtitlesUrl, voiceGain, java.util.stream.IntStream.range(0, phrases.size()).boxed().toList(),
                    List.of(), input.burnsCaptions(), round(pictureSlowedSeconds), null);
        }
    }

    /**
     * One speaker told apart in the video, with the voice that dubbed them and whether they were known already.
     *
     * @param voice          {@code speaker} (their own) or {@code voice_profile} (the caller's mapped to them, now
     *                       or in an earlier dub)
     * @param phrases        indices into {@code phrases}
     * @param speakerId      the speaker in the owner's registry of dubbed speakers
     * @param recognized     whether they were recognised by voice as a speaker of an earlier dub
     * @param recognizedFrom that earlier dub's job id, null when not recognised
     * @param similarity     how alike they scored to that speaker (0..1), null when not recognised
     * @param voiceProfileId the caller's voice that dubbed them, null for their own
     */
    public record Speaker(String label, String voice, double speechSeconds, double medianPitchHz, String gender,
                          List<Integer> phrases, String speakerId, boolean recognized, String recognizedFrom,
                          Double similarity, String voiceProfileId) {

        static Speaker of(DubSpeakers.Speaker speaker) {
            SpeakerCasting.Cast cast = speaker.cast();
            return new Speaker(speaker.label(), cast.kind(), round(speaker.speechSeconds()),
                    round(speaker.voice().medianF0Hz()), speaker.voice().gender(), speaker.phrases(),
                    cast.speakerId(), cast.similarity() != null, cast.recognizedFrom(),
                    cast.similarity() == null ? null : round(cast.similarity()), cast.voiceProfileId());
        }
    }

    /**
     * One phrase: where it was said in the original, what it says, and where its dubbed speech lies.
     *
     * @param drift how much later than the original's start, where it falls in the output, the dubbed phrase starts
     * @param tempo how much faster than spoken the dubbed phrase was made to fit (1 when it fitted as spoken)
     * @param mappedStart where the original phrase's start falls in the output (its start unless the picture
     *                    was slowed before it)
     * @param mappedEnd   where the original phrase's end falls in the output
     * @param pictureSlowedSeconds how much longer the picture from this phrase's start to the next's was made
     * @param audioFileId the phrase's dubbed speech as placed (a 16 kHz WAV of the caller's, before the mix gain)
     */
    public record Phrase(double start, double end, String speaker, String text, String translation,
                         double dubbedStart, double dubbedEnd, double drift, double tempo, double mappedStart,
                         double mappedEnd, double pictureSlowedSeconds, String audioFileId) {

        /** A phrase placed on {@code timeline}, which slowed the picture after its start by {@code slowedSeconds}. */
        static Phrase of(TranscriptSegments.Segment phrase, String speaker, String translation,
                         DubbedTrack.Placed placed, double tempo, PictureTimeline timeline, double slowedSeconds,
                         String audioFileId) {
            double mappedStart = timeline.map(phrase.start());
            return new Phrase(round(phrase.start()), round(phrase.end()), speaker, phrase.text(), translation,
                    round(placed.startSeconds()), round(placed.startSeconds() + placed.seconds()),
                    round(placed.startSeconds() - mappedStart), round(tempo), round(mappedStart),
                    round(timeline.map(phrase.end())), round(slowedSeconds), audioFileId);
        }

        /** A phrase as a finished job's result holds it. */
        static Phrase read(JsonNode p) {
            return new Phrase(p.path("start").asDouble(), p.path("end").asDouble(), p.path("speaker").asText(),
                    p.path("text").asText(), p.path("translation").asText(), p.path("dubbed_start").asDouble(),
                    p.path("dubbed_end").asDouble(), p.path("drift").asDouble(), p.path("tempo").asDouble(1),
                    p.path("mapped_start").asDouble(p.path("start").asDouble()),
                    p.path("mapped_end").asDouble(p.path("end").asDouble()), p.path("picture_slowed_seconds").asDouble(),
                    p.hasNonNull("audio_file_id") ? p.get("audio_file_id").asText() : null);
        }
    }

    /** The two parts the dub's sound was mixed from, stored as the caller's WAV files. */
    public record Stems(StemFile background, StemFile voice) {
    }

    public record StemFile(String fileId, String url) {

        static StemFile of(Asset file) {
            return new StemFile(file.publicId, FileView.downloadUrl(file));
        }
    }

    static DubResult of(Asset video, DubInput input, Dubbing dubbing) {
        return new DubResult(video.publicId, FileView.downloadUrl(video), video.format, video.durationSeconds,
                input.sourceLanguage(), input.targetLanguage(), dubbing);
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
