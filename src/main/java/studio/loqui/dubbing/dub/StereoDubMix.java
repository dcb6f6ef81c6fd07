package studio.loqui.dubbing.dub;

import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.StereoPcm;

/**
 * The dub's sound for a stereo source: the stereo background with the dubbed voice centred over it (the same
 * in both channels). The voice's gain is {@link DubMix}'s on the channels' mean, lowered further if either
 * channel would clip.
 */
record StereoDubMix(StereoPcm background, PcmAudio voice, StereoPcm mixed, double gain) {

    static StereoDubMix of(StereoPcm original, StereoPcm background, PcmAudio voiceTrack) {
        DubMix centre = DubMix.of(original.mid(), background.mid(), voiceTrack);
        float[] voice = centre.voice().samples().clone();
        double room = Math.min(1, Math.min(DubMix.headroom(background.left().samples(), voice),
                DubMix.headroom(background.right().samples(), voice)));
        for (int n = 0; n < voice.length; n++) {
            voice[n] *= (float) room;
        }
        PcmAudio centred = new PcmAudio(voice, background.sampleRate());
        return new StereoDubMix(background, centred,
                new StereoPcm(over(background.left(), voice), over(background.right(), voice)), centre.gain() * room);
    }

    /** {@code voice} (already at its gain) centred over {@code background}. */
    static StereoDubMix over(StereoPcm background, PcmAudio voice, double gain) {
        return new StereoDubMix(background, voice, new StereoPcm(over(background.left(), voice.samples()),
                over(background.right(), voice.samples())), gain);
    }

    private static PcmAudio over(PcmAudio channel, float[] voice) {
        float[] out = channel.samples().clone();
        for (int n = 0; n < out.length && n < voice.length; n++) {
            out[n] += voice[n];
        }
        return new PcmAudio(out, channel.sampleRate());
    }
}
