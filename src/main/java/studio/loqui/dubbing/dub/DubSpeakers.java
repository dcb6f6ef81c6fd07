package studio.loqui.dubbing.dub;

import studio.loqui.dubbing.speakers.SpeakerCasting;
import studio.loqui.media.asr.SpeechSpans;
import studio.loqui.media.asr.TranscriptSegments;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.diarize.PhraseSpeakers;
import studio.loqui.media.diarize.PhraseVoice;
import studio.loqui.media.voiceprint.VoiceProfileData;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The speakers of a video, told apart phrase by phrase ({@link PhraseSpeakers}), each with the voice they
 * are dubbed in and how it was chosen ({@link SpeakerCasting}).
 *
 * @param labelOfPhrase each phrase's speaker label ({@code S1}, {@code S2}, ... in order of first speaking)
 */
record DubSpeakers(List<Speaker> speakers, List<String> labelOfPhrase) {

    /** A speaker told apart, before a voice is chosen: their label, the phrases they said and where they speak. */
    record Told(String label, List<Integer> phrases, SpeechSpans speech) {
    }

    /** One speaker: the phrases they said (indices), how long they spoke, and the voice that dubs them. */
    record Speaker(String label, List<Integer> phrases, double speechSeconds, SpeakerCasting.Cast cast) {

        VoiceProfileData voice() {
            return cast.voice();
        }
    }

    /** {@code casting} gives each speaker told apart, in order, their voice. */
    static DubSpeakers of(PcmAudio original, List<TranscriptSegments.Segment> phrases,
                          Function<List<Told>, List<SpeakerCasting.Cast>> casting) {
        int[] labels = PhraseSpeakers.labels(phrases.stream()
                .map(p -> PhraseVoice.of(original.slice(p.start(), p.end()))).toList());
        int count = labels.length == 0 ? 0 : Arrays.stream(labels).max().orElse(0) + 1;
        List<Told> told = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            List<Integer> own = new ArrayList<>();
            List<SpeechSpans.Span> spans = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == s) {
                    own.add(i);
                    spans.add(new SpeechSpans.Span(phrases.get(i).start(), phrases.get(i).end()));
                }
            }
            told.add(new Told(label(s), List.copyOf(own), new SpeechSpans(List.copyOf(spans))));
        }
        List<SpeakerCasting.Cast> casts = casting.apply(told);
        List<Speaker> speakers = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            Told t = told.get(s);
            speakers.add(new Speaker(t.label(), t.phrases(), t.speech().speechSeconds(), casts.get(s)));
        }
        List<String> labelOfPhrase = Arrays.stream(labels).mapToObj(DubSpeakers::label).toList();
        return new DubSpeakers(List.copyOf(speakers), labelOfPhrase);
    }

    /** The speaker of phrase {@code index}. */
    Speaker of(int index) {
        String label = labelOfPhrase.get(index);
        return speakers.stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
    }

    /** Who speaks longest: the video's main speaker. */
    Speaker main() {
        return speakers.stream().max(Comparator.comparingDouble(Speaker::speechSeconds)).orElseThrow();
    }

    private static String label(int index) {
        return "S" + (index + 1);
    }
}
