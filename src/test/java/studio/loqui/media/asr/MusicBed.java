package studio.loqui.media.asr;

import studio.loqui.media.audio.PcmAudio;

/**
 * A synthetic music bed to put under speech: a I-vi-IV-V chord progression, one chord a second, each
 * note a few harmonics with a plucked envelope, over a bass note and a soft eighth-note melody.
 */
final class MusicBed {

    private static final double[][] CHORDS = {
            {261.63, 329.63, 392.00}, {220.00, 261.63, 329.63}, {174.61, 220.00, 261.63}, {196.00, 246.94, 293.66}};
    private static final double[] MELODY = {523.25, 587.33, 659.25, 783.99, 659.25, 587.33, 523.25, 440.00};

    private MusicBed() {
    }

    /** The speech with the bed mixed in {@code dbBelow} decibels under the speech's RMS level. */
    static PcmAudio under(PcmAudio speech, double dbBelow) {
        float[] bed = bed(speech.length(), speech.sampleRate());
        double gain = rms(speech.samples()) / rms(bed) * Math.pow(10, -dbBelow / 20);
        float[] mix = new float[bed.length];
        for (int i = 0; i < mix.length; i++) {
            mix[i] = (float) (speech.samples()[i] + gain * bed[i]);
        }
        return new PcmAudio(mix, speech.sampleRate());
    }

    static float[] bed(int length, int rate) {
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            double t = i / (double) rate;
            int beat = (int) t;
            double inChord = t - beat;
            double[] chord = CHORDS[beat % CHORDS.length];
            double sample = 0;
            for (double f : chord) {
                sample += note(f, inChord, 1.2);
            }
            sample += 1.5 * note(chord[0] / 2, inChord, 0.8);
            int eighth = (int) (t * 4);
            sample += 0.7 * note(MELODY[eighth % MELODY.length], t * 4 - eighth, 6);
            out[i] = (float) sample;
        }
        return out;
    }

    /** A tone with three harmonics, a 10 ms attack and an exponential decay, {@code age} seconds after its onset. */
    private static double note(double frequency, double age, double decayPerSecond) {
        double envelope = Math.min(1, age / 0.01) * Math.exp(-decayPerSecond * age);
        double phase = 2 * Math.PI * frequency * age;
        return envelope * (Math.sin(phase) + 0.5 * Math.sin(2 * phase) + 0.25 * Math.sin(3 * phase));
    }

    static double rms(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += v * v;
        }
        return Math.sqrt(sum / Math.max(1, x.length));
    }
}
