package studio.loqui.media.render;

import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;
import studio.loqui.media.face.FaceBox;
import studio.loqui.media.face.Portrait;

import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2RGB;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_CUBIC;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/**
 * The square part of the portrait that becomes the video: as large as the picture allows (but not so
 * large that the face gets lost in it), centred on the face where the edges permit.
 */
public record PortraitFraming(int cropX, int cropY, int cropSide, int resolution) {

    private static final double MAX_SIDE_IN_FACE_WIDTHS = 6;

    public static PortraitFraming around(Portrait portrait, FaceBox face, int resolution) {
        int side = (int) Math.min(Math.min(portrait.width(), portrait.height()), MAX_SIDE_IN_FACE_WIDTHS * face.width());
        side = Math.max(side, 1);
        int x = clamp((int) Math.round(face.centerX() - side / 2.0), portrait.width() - side);
        int y = clamp((int) Math.round(face.centerY() - side / 2.0), portrait.height() - side);
        return new PortraitFraming(x, y, side, resolution);
    }

    public double scale() {
        return (double) resolution / cropSide;
    }

    /** The framed picture as interleaved RGB at {@code resolution} x {@code resolution}. */
    public byte[] frameRgb(Portrait portrait) {
        try (Mat source = new Mat(portrait.height(), portrait.width(), opencv_core.CV_8UC3);
             Mat scaled = new Mat(); Mat rgb = new Mat()) {
            source.data().put(portrait.bgr());
            try (Mat crop = source.apply(new Rect(cropX, cropY, cropSide, cropSide))) {
                int interpolation = cropSide > resolution ? INTER_AREA : INTER_CUBIC;
                resize(crop, scaled, new Size(resolution, resolution), 0, 0, interpolation);
            }
            cvtColor(scaled, rgb, COLOR_BGR2RGB);
            byte[] out = new byte[resolution * resolution * 3];
            rgb.data().get(out);
            return out;
        }
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(value, max));
    }
}
