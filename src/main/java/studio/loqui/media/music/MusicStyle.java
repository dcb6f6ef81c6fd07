package studio.loqui.media.music;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a genre and a mood are played. The genre sets the tempo, the instruments (pad, lead, bass), the drum
 * pattern and how the chords are broken into notes (notes per beat, swing); the mood sets the mode (major or
 * minor), speeds up or slows down the tempo and moves the lead up or down an octave. Unknown genres play as
 * cinematic, unknown moods as inspiring.
 *
 * @param bpm         beats a minute (four beats a bar, one chord a bar)
 * @param stepsPerBeat how many lead notes each beat is broken into
 * @param swing       whether off-beat notes are late (two thirds of the beat instead of half)
 * @param leadOctave  the lead's octave above the key's root (0 is the root's own)
 */
public record MusicStyle(String genre, String mood, double bpm, boolean minor, Timbre pad, Timbre lead, Timbre bass,
                         Drums.Pattern drums, int stepsPerBeat, boolean swing, int leadOctave) {

    /** The genres with a sound of their own. */
    public static final Set<String> GENRES = Set.of("cinematic", "ambient", "pop", "rock", "electronic", "jazz",
            "classical", "folk");
    /** The moods played in a minor key; all others are major. */
    public static final Set<String> MINOR_MOODS = Set.of("sad", "dark", "tense", "melancholic", "scary", "somber",
            "mysterious", "dramatic");

    private record Genre(double bpm, Timbre pad, Timbre lead, Timbre bass, Drums.Pattern drums, int steps,
                         boolean swing) {
    }

    private static final Map<String, Genre> BY_GENRE = Map.of(
            "cinematic", new Genre(84, Timbre.STRINGS, Timbre.PIANO, Timbre.BASS, Drums.Pattern.SPARSE, 2, false),
            "ambient", new Genre(66, Timbre.SOFT_PAD, Timbre.BELL, Timbre.BASS, Drums.Pattern.NONE, 1, false),
            "pop", new Genre(112, Timbre.ORGAN, Timbre.PIANO, Timbre.BASS, Drums.Pattern.POP, 2, false),
            "rock", new Genre(128, Timbre.ORGAN, Timbre.DRIVE, Timbre.SAW_BASS, Drums.Pattern.ROCK, 2, false),
            "electronic", new Genre(124, Timbre.SOFT_PAD, Timbre.SQUARE, Timbre.SAW_BASS,
                    Drums.Pattern.FOUR_ON_THE_FLOOR, 4, false),
            "jazz", new Genre(100, Timbre.SOFT_PAD, Timbre.PIANO, Timbre.BASS, Drums.Pattern.SWING, 2, true),
            "classical", new Genre(76, Timbre.STRINGS, Timbre.PIANO, Timbre.BASS, Drums.Pattern.NONE, 2, false),
            "folk", new Genre(96, Timbre.SOFT_PAD, Timbre.GUITAR, Timbre.BASS, Drums.Pattern.FOLK, 2, false));

    /** Tempo factors of the moods that are faster or slower than their genre's own. */
    private static final Map<String, Double> MOOD_TEMPO = Map.ofEntries(
            Map.entry("calm", 0.8), Map.entry("peaceful", 0.8), Map.entry("sad", 0.8), Map.entry("melancholic", 0.8),
            Map.entry("somber", 0.8), Map.entry("romantic", 0.85), Map.entry("mysterious", 0.9),
            Map.entry("happy", 1.1), Map.entry("playful", 1.15), Map.entry("energetic", 1.25),
            Map.entry("epic", 1.1), Map.entry("tense", 1.15), Map.entry("uplifting", 1.1));
    private static final Set<String> LOW_MOODS = Set.of("sad", "dark", "somber", "scary", "melancholic");
    private static final Set<String> HIGH_MOODS = Set.of("happy", "playful", "energetic", "uplifting");

    public static MusicStyle of(String genre, String mood) {
        String g = lower(genre);
        String m = lower(mood);
        Genre played = BY_GENRE.getOrDefault(g, BY_GENRE.get("cinematic"));
        double bpm = played.bpm() * MOOD_TEMPO.getOrDefault(m, 1.0);
        int octave = LOW_MOODS.contains(m) ? 0 : HIGH_MOODS.contains(m) ? 2 : 1;
        return new MusicStyle(BY_GENRE.containsKey(g) ? g : "cinematic", m.isEmpty() ? "inspiring" : m, bpm,
                MINOR_MOODS.contains(m), played.pad(), played.lead(), played.bass(), played.drums(), played.steps(),
                played.swing(), octave);
    }

    public double beatSeconds() {
        return 60 / bpm;
    }

    /** The instruments and rhythm, as the API reports them. */
    public String describe() {
        return String.format(Locale.ROOT, "%s %s: %.0f bpm, %s, %s lead over %s, %s drums", mood, genre, bpm,
                minor ? "minor" : "major", lead.name(), pad.name(), drums.name());
    }

    private static String lower(String word) {
        return word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
    }
}
