package studio.loqui.media.voiceprint;

/**
 * Male or female from median F0 and vocal-tract length. Adult male speech centres near 110 Hz
 * and 17 cm, female near 200 Hz and 14.5 cm; F0 decides, and the vocal tract decides the
 * overlap zone (about 140-180 Hz), where F0 alone is ambiguous.
 */
final class GenderGuess {

    private static final double F0_BOUNDARY_HZ = 160;
    private static final double VTL_BOUNDARY_CM = 15.8;

    record Guess(String gender, double confidence) {
    }

    private GenderGuess() {
    }

    static Guess of(double medianF0Hz, double vocalTractLengthCm) {
        // logistic votes: F0 per semitone from the boundary, vocal tract per cm
        double f0Vote = medianF0Hz > 0 ? 12 * Math.log(F0_BOUNDARY_HZ / medianF0Hz) / Math.log(2) / 2.0 : 0;
        double vtlVote = vocalTractLengthCm > 0 ? (vocalTractLengthCm - VTL_BOUNDARY_CM) / 1.0 : 0;
        double maleScore = f0Vote + 0.5 * vtlVote;
        double pMale = 1 / (1 + Math.exp(-maleScore));
        return pMale >= 0.5 ? new Guess("male", pMale) : new Guess("female", 1 - pMale);
    }
}
