package studio.loqui.dubbing.dub;

import studio.loqui.media.audio.Levels;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.StereoPcm;
import studio.loqui.media.dsp.Resampler;

/**
 * The sound of an edited dub: the stored background with the voice track over it at the gain the first mix
 * chose, so that outside the edited phrase the mix is the one heard before. The edited phrase alone is lowered,
 * if it must be, to keep the mix from clipping ({@link DubMix#headroom}).
 */
final class DubRemix {

    private DubRemix() {
    }

    /**
     * As {@link #of(PcmAudio, PcmAudio, double, double, double)} over a stereo background: the edited phrase
     * takes the lower of the two channels' gains, and the voice lies in the centre.
     */
    static StereoDubMix of(StereoPcm background, PcmAudio voiceTrack, double gain, double fromSeconds,
                           double toSeconds) {
        PcmAudio left = of(background.left(), voiceTrack, gain, fromSeconds, toSeconds).voice();
        PcmAudio right = of(background.right(), voiceTrack, gain, fromSeconds, toSeconds).voice();
        return StereoDubMix.over(background, Levels.rms(left.samples()) <= Levels.rms(right.samples()) ? left : right,
                gain);
    }

    /**
     * @param fromSeconds where the edited phrase starts in {@code voiceTrack}
     * @param toSeconds   where it ends
     */
    static DubMix of(PcmAudio background, PcmAudio voiceTrack, double gain, double fromSeconds, double toSeconds) {
        int rate = background.sampleRate();
        float[] voice = new float[background.length()];
        PcmAudio atRate = Resampler.toRate(voiceTrack, rate);
        System.arraycopy(atRate.samples(), 0, voice, 0, Math.min(voice.length, atRate.length()));
        int from = Math.max(0, (int) Math.floor(fromSeconds * rate) - 2);
        int to = Math.min(voice.length, (int) Math.ceil(toSeconds * rate) + 2);
        float[] edited = new float[Math.max(0, to - from)];
        float[] under = new float[edited.length];
        System.arraycopy(voice, from, edited, 0, edited.length);
        System.arraycopy(background.samples(), from, under, 0, under.length);
        double editedGain = Math.min(gain, DubMix.headroom(under, edited));
        float[] mixed = new float[voice.length];
        for (int n = 0; n < mixed.length; n++) {
            voice[n] *= (float) (n >= from && n < to ? editedGain : gain);
            mixed[n] = background.samples()[n] + voice[n];
        }
        return new DubMix(background, new PcmAudio(voice, rate), new PcmAudio(mixed, rate), gain);
    }
}
