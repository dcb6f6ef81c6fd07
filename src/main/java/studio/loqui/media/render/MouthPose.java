package studio.loqui.media.render;

import studio.loqui.media.lipsync.MouthShape;

/**
 * One frame's mouth as the lower-face mesh moves it, every amount in mouth widths: how far the jaw
 * drops, the upper lip lifts, the lower lip rises against the drop (as under the teeth in "f"), the
 * corners spread ("see") or pucker ("who"), how much of the teeth may show (0 none, 1 all), and how much of
 * the photo's own opening the lips close (1: they meet, as for "m" even on a photo smiling with teeth).
 */
public record MouthPose(double jawDrop, double upperLift, double lowerRaise, double spread, double pucker,
                        double teeth, double close) {

    /** The photo as it is. */
    public static final MouthPose REST = new MouthPose(0, 0, 0, 0, 0, 0, 0);

    /** This pose plus {@code weight} times {@code other}. */
    public MouthPose plus(MouthPose other, double weight) {
        return new MouthPose(jawDrop + weight * other.jawDrop, upperLift + weight * other.upperLift,
                lowerRaise + weight * other.lowerRaise, spread + weight * other.spread,
                pucker + weight * other.pucker, teeth + weight * other.teeth, close + weight * other.close);
    }

    /** The network's open / spread / round guess as a blend of the open, wide and round shapes. */
    public static MouthPose of(MouthShape shape) {
        return REST.plus(Viseme.OPEN.pose(), shape.open())
                .plus(Viseme.WIDE.pose(), shape.spread() * Math.min(1, 2 * shape.open()))
                .plus(Viseme.ROUND.pose(), shape.round() * Math.min(1, 2 * shape.open()));
    }
}
