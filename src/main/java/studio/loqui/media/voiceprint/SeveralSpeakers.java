package studio.loqui.media.voiceprint;

import studio.loqui.media.asr.SpeechSpans;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.diarize.PhraseSpeakers;
import studio.loqui.media.diarize.PhraseVoice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a voice sample holds more than one speaker: its recognised stretches of speech are grouped by voice
 * ({@link PhraseSpeakers}, pitch and mean MFCCs); a second group holding at least {@link #MIN_SHARE} of the
 * speech makes the sample one a voice cannot be learned from.
 */
public final class SeveralSpeakers {

    /** Stretches shorter than this say too little of their speaker to group. */
    static final double MIN_PHRASE_SECONDS = 0.8;
    static final double MIN_SHARE = 0.2;

    private SeveralSpeakers() {
    }

    /** Why the sample is not one speaker's, or empty. */
    public static Optional<String> in(PcmAudio recording, SpeechSpans speech) {
        List<SpeechSpans.Span> phrases = speech.spans().stream().filter(s -> s.seconds() >= MIN_PHRASE_SECONDS).toList();
        if (phrases.size() < 2) {
            return Optional.empty();
        }
        List<PhraseVoice> voices = new ArrayList<>();
        for (SpeechSpans.Span s : phrases) {
            voices.add(PhraseVoice.of(recording.slice(s.start(), s.end())));
        }
        int[] labels = PhraseSpeakers.labels(voices);
        double total = phrases.stream().mapToDouble(SpeechSpans.Span::seconds).sum();
        double[] seconds = new double[phrases.size()];
        for (int i = 0; i < labels.length; i++) {
            seconds[labels[i]] += phrases.get(i).seconds();
        }
        int speakers = 0;
        for (double s : seconds) {
            speakers += s >= MIN_SHARE * total ? 1 : 0;
        }
        if (speakers < 2) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "it holds %d speakers (their voices differ in pitch and timbre "
                + "across its %d stretches of speech); give a recording of one speaker", speakers, phrases.size()));
    }
}
