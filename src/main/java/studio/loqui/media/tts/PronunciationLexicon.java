package studio.loqui.media.tts;

import marytts.exceptions.MaryConfigurationException;
import marytts.fst.FSTLookup;
import marytts.modules.phonemiser.Allophone;
import marytts.modules.phonemiser.AllophoneSet;
import marytts.modules.phonemiser.TrainedLTS;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * MaryTTS's US English pronunciations (the CMU dictionary it ships, and its trained letter-to-sound
 * rules for other words), used to lay phones over words whose times a recogniser reported.
 */
public final class PronunciationLexicon {

    private static final String FOLDER = "/marytts/language/en_US/lexicon/";
    private static final double PAUSE_SECONDS = 0.12;
    private static final double VOWEL_WEIGHT = 2;

    private final AllophoneSet allophones;
    private final FSTLookup dictionary;
    private final TrainedLTS rules;

    private PronunciationLexicon(AllophoneSet allophones, FSTLookup dictionary, TrainedLTS rules) {
        this.allophones = allophones;
        this.dictionary = dictionary;
        this.rules = rules;
    }

    /** Loads the lexicon from the MaryTTS English jar on the class path (about a megabyte). */
    public static PronunciationLexicon english() {
        try (InputStream set = resource("allophones.en_US.xml");
             InputStream fst = resource("cmudict.fst");
             InputStream lts = resource("cmudict.lts")) {
            AllophoneSet allophones = AllophoneSet.getAllophoneSet(set, "en_US");
            return new PronunciationLexicon(allophones, new FSTLookup(fst, "cmudict.fst"), new TrainedLTS(allophones, lts));
        } catch (IOException e) {
            throw new UncheckedIOException("MaryTTS's English lexicon could not be read", e);
        } catch (MaryConfigurationException e) {
            throw new IllegalStateException("MaryTTS's English lexicon could not be read", e);
        }
    }

    /** The phones (SAMPA, as MaryTTS's synthesis reports them) of one word. */
    public List<String> phones(String word) {
        String lower = word.toLowerCase().replaceAll("[^a-z']", "");
        if (lower.isEmpty()) {
            return List.of();
        }
        String[] known = dictionary.lookup(lower);
        String transcription = known.length > 0 ? known[0] : rules.predictPronunciation(lower);
        List<String> phones = new ArrayList<>();
        for (String token : allophones.splitIntoAllophoneList(transcription)) {
            if (allophone(token) != null) {
                phones.add(token);
            }
        }
        return phones;
    }

    /**
     * Phones laid over timed words: each word's phones share its span, a vowel twice as long as a
     * consonant; gaps between words longer than {@value #PAUSE_SECONDS} s become pauses ("_").
     */
    public List<SpeechTiming> timedPhones(List<SpeechTiming> words) {
        List<SpeechTiming> out = new ArrayList<>();
        double previousEnd = 0;
        for (SpeechTiming word : words) {
            if (word.startSeconds() - previousEnd > PAUSE_SECONDS) {
                out.add(new SpeechTiming("_", previousEnd, word.startSeconds()));
            }
            spread(phones(word.label()), word.startSeconds(), word.endSeconds(), out);
            previousEnd = Math.max(previousEnd, word.endSeconds());
        }
        return out;
    }

    private void spread(List<String> phones, double start, double end, List<SpeechTiming> out) {
        double total = phones.stream().mapToDouble(this::weight).sum();
        double at = start;
        for (String phone : phones) {
            double length = (end - start) * weight(phone) / total;
            out.add(new SpeechTiming(phone, at, at + length));
            at += length;
        }
    }

    private double weight(String phone) {
        Allophone a = allophone(phone);
        return a != null && a.isVowel() ? VOWEL_WEIGHT : 1;
    }

    // Stress marks and syllable breaks come through as tokens of their own; they are not phones.
    private Allophone allophone(String token) {
        try {
            return allophones.getAllophone(token);
        } catch (IllegalArgumentException notAPhone) {
            return null;
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = PronunciationLexicon.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("missing " + FOLDER + name);
        }
        return in;
    }
}
