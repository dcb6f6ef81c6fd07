package studio.loqui.media.asr;

import java.util.List;

/**
 * @param text   the recognised words, lower case, separated by single spaces
 * @param words  each word with its time span and the recogniser's confidence (0..1)
 */
public record Transcript(String text, List<Word> words) {

    public record Word(String word, double startSeconds, double endSeconds, double confidence) {
    }
}
