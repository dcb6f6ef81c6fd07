package studio.loqui.dubbing.speakers;

import studio.loqui.media.voiceprint.SpeakerSimilarity;
import studio.loqui.media.voiceprint.VoiceProfileData;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of the owner's known speakers, if any, each speaker of a new video is. A pair is the same speaker when
 * {@link SpeakerSimilarity} scores it at least {@link #SAME_SPEAKER_SCORE} and both rest on at least
 * {@link #MIN_SPEECH_SECONDS} of speech; each known speaker is given to one speaker of the video at most, the
 * best-scoring pairs first. On the real recordings of {@code SpeakerRecognitionTest} (the LibriVox reader,
 * pocketsphinx's card reader, the ALSA voice) different speakers scored at most 0.25 and the two recordings of
 * the LibriVox reader the dubbing test uses 0.95; 5 of 12 same-speaker pairs reached 0.5. So 0.5, the score's
 * own boundary, keeps a stranger from being given someone else's voice, at the cost of some second recordings
 * of a speaker being heard as a new one.
 */
public final class SpeakerRecognition {

    public static final double SAME_SPEAKER_SCORE = 0.5;
    /** A voiceprint measured on less speech than this is too unsteady to recognise anyone by. */
    public static final double MIN_SPEECH_SECONDS = 2.5;

    /** The known speaker (an index into the known list) a heard one is, and how alike they scored. */
    public record Match(int known, double score) {
    }

    private SpeakerRecognition() {
    }

    /** For each heard speaker, in order, the known speaker they are, or empty for a new one. */
    public static List<Optional<Match>> match(List<VoiceProfileData> heard, List<VoiceProfileData> known,
                                              SpeakerSimilarity similarity) {
        record Pair(int heard, int known, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int h = 0; h < heard.size(); h++) {
            for (int k = 0; k < known.size(); k++) {
                if (measurable(heard.get(h)) && measurable(known.get(k))) {
                    double score = similarity.score(heard.get(h), known.get(k));
                    if (score >= SAME_SPEAKER_SCORE) {
                        pairs.add(new Pair(h, k, score));
                    }
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
        List<Optional<Match>> matches = new ArrayList<>(heard.stream().map(h -> Optional.<Match>empty()).toList());
        boolean[] taken = new boolean[known.size()];
        for (Pair pair : pairs) {
            if (matches.get(pair.heard()).isEmpty() && !taken[pair.known()]) {
                matches.set(pair.heard(), Optional.of(new Match(pair.known(), pair.score())));
                taken[pair.known()] = true;
            }
        }
        return matches;
    }

    private static boolean measurable(VoiceProfileData profile) {
        return profile.voiceprint() != null && profile.voiceprint().speechSeconds() >= MIN_SPEECH_SECONDS;
    }
}
