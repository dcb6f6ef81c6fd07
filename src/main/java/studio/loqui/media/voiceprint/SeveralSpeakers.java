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
 * Whether a voice sample holds more than one speaker: its recognised speech, cut into 2 s stretches, is grouped by voice
 * ({@link PhraseSpeakers}, pitch and mean MFCCs); a second group holding at least {@link #MIN_SHARE} of the
 * speech makes the sample one a voice cannot be learned from.
 */
public final class SeveralSpeakers {

    /** Stretches shorter than this say too little of their speaker to group. */
    static final double MIN_PHRASE_SECONDS = 1.0;
    /** Speech is compared in stretches this long: a sentence says enough of its speaker's voice. */
    static final double PIECE_SECONDS = 2.0;
    static final double MIN_SHARE = 0.2;

    private SeveralSpeakers() {
    }

    /** Why the sample is not one speaker's, or empty. */
    public static Optional<String> in(PcmAudio recording, SpeechSpans speech) {
        List<PcmAudio> pieces = pieces(recording, speech);
        if (pieces.size() < 2) {
            return Optional.empty();
        }
        List<PhraseVoice> voices = pieces.stream().map(PhraseVoice::of).toList();
        int[] labels = PhraseSpeakers.labels(voices);
        double[] seconds = new double[pieces.size()];
        double total = 0;
        for (int i = 0; i < labels.length; i++) {
            seconds[labels[i]] += pieces.get(i).durationSeconds();
            total += pieces.get(i).durationSeconds();
        }
        int speakers = 0;
        for (double s : seconds) {
            speakers += s >= MIN_SHARE * total ? 1 : 0;
        }
        if (speakers < 2) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "it holds %d speakers (its %d stretches of %.0f s of speech "
                + "differ in pitch and timbre); give a recording of one speaker", speakers, pieces.size(), PIECE_SECONDS));
    }

    /** The recognised speech cut into stretches of {@link #PIECE_SECONDS} (the last one kept if long enough). */
    private static List<PcmAudio> pieces(PcmAudio recording, SpeechSpans speech) {
        List<PcmAudio> out = new ArrayList<>();
        for (SpeechSpans.Span span : speech.spans()) {
            for (double t = span.start(); span.end() - t >= MIN_PHRASE_SECONDS; t += PIECE_SECONDS) {
                out.add(recording.slice(t, Math.min(span.end(), t + PIECE_SECONDS)));
            }
        }
        return out;
    }
}
