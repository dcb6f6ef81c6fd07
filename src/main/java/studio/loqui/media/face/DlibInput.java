package studio.loqui.media.face;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads values in dlib's portable serialization: integers as a size/sign byte followed by that many
 * little-endian bytes, floats as an integer mantissa and a power-of-two exponent, matrices with
 * their negated row and column counts ahead of the elements.
 */
final class DlibInput {

    private final InputStream in;

    DlibInput(InputStream in) {
        this.in = in;
    }

    long readInt() throws IOException {
        int control = next();
        int size = control & 0x0F;
        if (size > 8) {
            throw new IOException("not a dlib integer (control byte " + control + ")");
        }
        long value = 0;
        for (int i = 0; i < size; i++) {
            value |= (long) next() << (8 * i);
        }
        return (control & 0x80) != 0 ? -value : value;
    }

    int readCount(long max) throws IOException {
        long n = readInt();
        if (n < 0 || n > max) {
            throw new IOException("implausible element count " + n);
        }
        return (int) n;
    }

    float readFloat() throws IOException {
        long mantissa = readInt();
        long exponent = readInt();
        return (float) (mantissa * Math.pow(2, exponent));
    }

    /** A column vector, serialized as a matrix with one column. */
    float[] readColumn() throws IOException {
        long rows = -readInt();
        long cols = -readInt();
        if (cols != 1 || rows < 0 || rows > 1 << 16) {
            throw new IOException("expected a column vector, found " + rows + "x" + cols);
        }
        float[] values = new float[(int) rows];
        for (int i = 0; i < values.length; i++) {
            values[i] = readFloat();
        }
        return values;
    }

    private int next() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("dlib model ends early");
        }
        return b;
    }
}
