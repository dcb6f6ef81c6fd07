package studio.loqui.media.render;

import studio.loqui.media.lipsync.MouthShape;
import studio.loqui.media.tts.SpeechTiming;

import java.util.List;

/**
 * One mouth pose per video frame from timed phones: every phone pulls toward its shape with a bell
 * that peaks at its middle and reaches into its neighbours (so shapes blend and the lips move ahead
 * of the sound), weighted by how much the phone insists on its shape; the lip-sync network's
 * opening, where given, sets how wide the jaw goes.
 */
public final class VisemeTrack {

    private static final double REACH_SECONDS = 0.05;
    private static final double JAW_GAIN_PER_OPEN = 2;
    private static final double MAX_JAW_GAIN = 1.3;

    private VisemeTrack() {
    }

    /** @param network the network's shapes per frame, or null to use the phones' shapes at their full size */
    public static MouthPose[] of(List<SpeechTiming> phones, MouthShape[] network, double fps, int frames) {
        MouthPose[] poses = new MouthPose[frames];
        for (int f = 0; f < frames; f++) {
            double t = (f + 0.5) / fps;
            MouthPose pose = blendAt(phones, t);
            if (network != null && f < network.length) {
                pose = sizedByNetwork(pose, network[f].open());
            }
            poses[f] = pose;
        }
        return poses;
    }

    // The network says how far the jaw drops; the phones say the shape, and where the lips must meet
    // or touch the teeth, the jaw stays up.
    private static MouthPose sizedByNetwork(MouthPose phones, double open) {
        MouthPose wide = Viseme.OPEN.pose();
        double held = Math.min(1, phones.close() + phones.lowerRaise() / Viseme.LIP_BITE.pose().lowerRaise());
        double free = (1 - held) * Math.min(MAX_JAW_GAIN, JAW_GAIN_PER_OPEN * open);
        return new MouthPose(Math.max(phones.jawDrop(), wide.jawDrop() * open) * free,
                Math.max(phones.upperLift(), wide.upperLift() * open) * free + phones.upperLift() * held,
                phones.lowerRaise(), phones.spread(), phones.pucker(), phones.teeth(), phones.close());
    }

    private static MouthPose blendAt(List<SpeechTiming> phones, double t) {
        MouthPose sum = MouthPose.REST;
        double total = 0;
        for (SpeechTiming p : phones) {
            double half = Math.max(0.01, (p.endSeconds() - p.startSeconds()) / 2);
            double distance = (t - (p.startSeconds() + half)) / (half + REACH_SECONDS);
            if (Math.abs(distance) > 3) {
                continue;
            }
            double weight = PhonemeVisemes.dominance(p.label()) * Math.exp(-distance * distance * 2);
            sum = sum.plus(PhonemeVisemes.pose(p.label()), weight);
            total += weight;
        }
        if (total < 1e-3) {
            return MouthPose.REST;
        }
        return MouthPose.REST.plus(sum, 1 / total);
    }
}
