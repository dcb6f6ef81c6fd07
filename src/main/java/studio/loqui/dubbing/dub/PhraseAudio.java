package studio.loqui.dubbing.dub;

import studio.loqui.media.audio.PcmAudio;

/**
 * A dubbed phrase's audio made to fit its place. {@link #trimmed} takes off the silence engines put before and
 * after speech, so that a phrase laid at its original start is heard there: leading and trailing 10 ms frames
 * quieter than {@link #BELOW_PEAK_DB} under the loudest frame go, keeping {@link #KEEP_SECONDS} of lead-in and
 * release. {@link #cutTo} ends a phrase that a time stretcher left a few milliseconds too long, with a fade.
 */
final class PhraseAudio {

    static final double BELOW_PEAK_DB = 40;
    static final double KEEP_SECONDS = 0.02;

    private PhraseAudio() {
    }

    static PcmAudio trimmed(PcmAudio speech) {
        int frame = Math.max(1, speech.sampleRate() / 100);
        int frames = speech.length() / frame;
        if (frames == 0) {
            return speech;
        }
        double[] rms = new double[frames];
        double loudest = 0;
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int n = f * frame; n < (f + 1) * frame; n++) {
                sum += speech.samples()[n] * speech.samples()[n];
            }
            rms[f] = Math.sqrt(sum / frame);
            loudest = Math.max(loudest, rms[f]);
        }
        double threshold = loudest * Math.pow(10, -BELOW_PEAK_DB / 20);
        int first = 0;
        while (first < frames - 1 && rms[first] < threshold) {
            first++;
        }
        int last = frames - 1;
        while (last > first && rms[last] < threshold) {
            last--;
        }
        int keep = (int) (KEEP_SECONDS * speech.sampleRate());
        int from = Math.max(0, first * frame - keep);
        int to = Math.min(speech.length(), (last + 1) * frame + keep);
        return speech.slice(from / (double) speech.sampleRate(), to / (double) speech.sampleRate());
    }

    /** At most {@code seconds} long, the cut faded over {@link #KEEP_SECONDS}. */
    static PcmAudio cutTo(PcmAudio speech, double seconds) {
        if (speech.durationSeconds() <= seconds) {
            return speech;
        }
        PcmAudio cut = speech.slice(0, seconds);
        int fade = Math.min(cut.length(), (int) (KEEP_SECONDS * speech.sampleRate()));
        for (int i = 0; i < fade; i++) {
            cut.samples()[cut.length() - 1 - i] *= i / (float) fade;
        }
        return cut;
    }

}
