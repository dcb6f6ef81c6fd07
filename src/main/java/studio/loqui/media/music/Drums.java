package studio.loqui.media.music;

import java.util.Random;

/** Synthesised drums: a kick (falling sine), a snare (noise and a tone), a hi-hat (high-passed noise). */
final class Drums {

    /** What plays on each sixteenth of a bar: K kick, S snare, H hat, R ride, '.' nothing. */
    record Pattern(String name, String steps) {
        static final Pattern NONE = new Pattern("none", "................");
        static final Pattern ROCK = new Pattern("rock", "K.H.S.H.K.KHS.H.");
        static final Pattern POP = new Pattern("pop", "K.H.S.H.K.H.S.HH");
        static final Pattern FOUR_ON_THE_FLOOR = new Pattern("four on the floor", "K.H.K.H.K.H.K.H.");
        static final Pattern SWING = new Pattern("swing ride", "R..RS...R..RS...");
        static final Pattern SPARSE = new Pattern("timpani", "K.......K.....K.");
        static final Pattern FOLK = new Pattern("brushes", "K...H...K...H.H.");

        boolean silent() {
            return steps.indexOf('K') < 0 && steps.indexOf('S') < 0 && steps.indexOf('H') < 0
                    && steps.indexOf('R') < 0;
        }
    }

    private final Random noise = new Random(18);
    private final int rate;

    Drums(int rate) {
        this.rate = rate;
    }

    void hit(char drum, float[] out, int at, double level) {
        switch (drum) {
            case 'K' -> kick(out, at, level);
            case 'S' -> snare(out, at, level * 0.6);
            case 'H' -> cymbal(out, at, level * 0.25, 0.03);
            case 'R' -> cymbal(out, at, level * 0.2, 0.12);
            default -> {
            }
        }
    }

    private void kick(float[] out, int at, double level) {
        int length = Math.min(out.length - at, (int) (0.35 * rate));
        double phase = 0;
        for (int i = 0; i < length; i++) {
            double t = i / (double) rate;
            phase += 2 * Math.PI * (48 + 110 * Math.exp(-t / 0.03)) / rate;
            out[at + i] += (float) (level * Math.exp(-t / 0.12) * Math.sin(phase));
        }
    }

    private void snare(float[] out, int at, double level) {
        int length = Math.min(out.length - at, (int) (0.25 * rate));
        for (int i = 0; i < length; i++) {
            double t = i / (double) rate;
            double body = Math.sin(2 * Math.PI * 185 * t) * Math.exp(-t / 0.04);
            out[at + i] += (float) (level * (0.6 * (noise.nextDouble() * 2 - 1) * Math.exp(-t / 0.07) + 0.5 * body));
        }
    }

    private void cymbal(float[] out, int at, double level, double decay) {
        int length = Math.min(out.length - at, (int) (6 * decay * rate));
        double last = 0;
        for (int i = 0; i < length; i++) {
            double white = noise.nextDouble() * 2 - 1;
            out[at + i] += (float) (level * (white - last) * Math.exp(-i / (decay * rate)));
            last = white;
        }
    }
}
