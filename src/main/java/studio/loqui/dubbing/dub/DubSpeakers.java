package studio.loqui.dubbing.dub;

import studio.loqui.media.asr.SpeechSpans;
import studio.loqui.media.asr.TranscriptSegments;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.diarize.PhraseSpeakers;
import studio.loqui.media.diarize.PhraseVoice;
import studio.loqui.media.voiceprint.VoiceProfileData;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The speakers of a video, told apart phrase by phrase ({@link PhraseSpeakers}), each with the voice they
 * are dubbed in: by default their own, analysed from their own phrases only, or one of the caller's voices.
 *
 * @param labelOfPhrase each phrase's speaker label ({@code S1}, {@code S2}, ... in order of first speaking)
 */
record DubSpeakers(List<Speaker> speakers, List<String> labelOfPhrase) {

    /** One speaker: the phrases they said (indices), how long they spoke, and the voice that dubs them. */
    record Speaker(String label, List<Integer> phrases, double speechSeconds, VoiceProfileData voice) {
    }

    static DubSpeakers of(PcmAudio original, List<TranscriptSegments.Segment> phrases,
                          BiFunction<String, SpeechSpans, VoiceProfileData> voiceOf) {
        int[] labels = PhraseSpeakers.labels(phrases.stream()
                .map(p -> PhraseVoice.of(original.slice(p.start(), p.end()))).toList());
        int count = labels.length == 0 ? 0 : java.util.Arrays.stream(labels).max().orElse(0) + 1;
        List<Speaker> speakers = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            List<Integer> own = new ArrayList<>();
            List<SpeechSpans.Span> spans = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == s) {
                    own.add(i);
                    spans.add(new SpeechSpans.Span(phrases.get(i).start(), phrases.get(i).end()));
                }
            }
            SpeechSpans speech = new SpeechSpans(List.copyOf(spans));
            speakers.add(new Speaker(label(s), List.copyOf(own), speech.speechSeconds(),
                    voiceOf.apply(label(s), speech)));
        }
        List<String> labelOfPhrase = java.util.Arrays.stream(labels).mapToObj(DubSpeakers::label).toList();
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
