package studio.loqui.media.face;

/** A face rectangle in image pixels. */
public record FaceBox(double x, double y, double width, double height) {

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public FaceBox scaled(double factor) {
        return new FaceBox(x * factor, y * factor, width * factor, height * factor);
    }

    public FaceBox translated(double dx, double dy) {
        return new FaceBox(x + dx, y + dy, width, height);
    }
}
