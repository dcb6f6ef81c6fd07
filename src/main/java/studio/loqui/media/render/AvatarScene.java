package studio.loqui.media.render;

import studio.loqui.media.face.FaceAnalysis;
import studio.loqui.media.face.FaceBox;
import studio.loqui.media.face.FaceLandmarks;
import studio.loqui.media.face.Portrait;

/** The still picture a video is made from: the framed portrait and its face in frame pixels. */
public record AvatarScene(int resolution, byte[] rgb, FaceBox face, FaceLandmarks landmarks) {

    public static AvatarScene of(Portrait portrait, FaceAnalysis analysis, int resolution) {
        PortraitFraming framing = PortraitFraming.around(portrait, analysis.box(), resolution);
        double s = framing.scale();
        double ox = -framing.cropX() * s;
        double oy = -framing.cropY() * s;
        FaceBox face = analysis.box().scaled(s).translated(ox, oy);
        return new AvatarScene(resolution, framing.frameRgb(portrait), face, analysis.landmarks().transformed(s, ox, oy));
    }
}
