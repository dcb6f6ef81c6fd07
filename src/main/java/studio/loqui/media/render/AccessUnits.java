package studio.loqui.media.render;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an H.264 Annex B elementary stream one access unit (one coded picture with the parameter sets and
 * SEI before it) at a time. A unit begins at an access unit delimiter, SEI, SPS or PPS, or at the first slice
 * of a picture, once the unit being read holds a slice.
 */
final class AccessUnits implements AutoCloseable {

    private static final byte[] START_CODE = {0, 0, 0, 1};
    private static final int SLICE = 1;
    private static final int IDR_SLICE = 5;
    private static final int SEI = 6;
    private static final int SPS = 7;
    private static final int PPS = 8;
    private static final int DELIMITER = 9;

    /** A picture's NAL units with 4-byte start codes, and what they hold. */
    record Unit(byte[] bytes, boolean idr, boolean sps, boolean pps) {
        /** A key frame a decoder can start from with nothing before it. */
        boolean standsAlone() {
            return idr && sps && pps;
        }
    }

    private final InputStream in;
    private boolean started;
    private boolean ended;
    private byte[] ahead;

    AccessUnits(Path stream) throws IOException {
        this.in = new BufferedInputStream(Files.newInputStream(stream), 1 << 20);
    }

    /** The next unit, or null at the end of the stream. */
    Unit next() throws IOException {
        List<byte[]> nals = new ArrayList<>();
        boolean slice = false;
        byte[] nal = ahead != null ? ahead : nextNal();
        ahead = null;
        while (nal != null) {
            int type = nal[0] & 0x1f;
            boolean isSlice = type >= SLICE && type <= IDR_SLICE;
            if (slice && beginsUnit(nal, type, isSlice)) {
                ahead = nal;
                break;
            }
            nals.add(nal);
            slice |= isSlice;
            nal = nextNal();
        }
        return nals.isEmpty() ? null : unit(nals);
    }

    private static boolean beginsUnit(byte[] nal, int type, boolean slice) {
        if (slice) {
            return nal.length > 1 && (nal[1] & 0x80) != 0; // first_mb_in_slice is 0: a new picture
        }
        return type == SEI || type == SPS || type == PPS || type == DELIMITER || (type >= 14 && type <= 18);
    }

    private static Unit unit(List<byte[]> nals) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean idr = false, sps = false, pps = false;
        for (byte[] nal : nals) {
            int type = nal[0] & 0x1f;
            idr |= type == IDR_SLICE;
            sps |= type == SPS;
            pps |= type == PPS;
            bytes.writeBytes(START_CODE);
            bytes.writeBytes(nal);
        }
        return new Unit(bytes.toByteArray(), idr, sps, pps);
    }

    /** The next NAL unit without its start code (nor the zero bytes that may trail it), or null at the end. */
    private byte[] nextNal() throws IOException {
        if (!started) {
            started = true;
            skipToStartCode();
        }
        if (ended) {
            return null;
        }
        ByteArrayOutputStream nal = new ByteArrayOutputStream(4096);
        int zeros = 0;
        int b;
        while ((b = in.read()) >= 0) {
            if (b == 0) {
                zeros++;
                continue;
            }
            if (b == 1 && zeros >= 2) {
                return nonEmpty(nal);
            }
            for (; zeros > 0; zeros--) {
                nal.write(0);
            }
            nal.write(b);
        }
        ended = true;
        return nonEmpty(nal);
    }

    private byte[] nonEmpty(ByteArrayOutputStream nal) throws IOException {
        return nal.size() > 0 ? nal.toByteArray() : nextNal();
    }

    private void skipToStartCode() throws IOException {
        int zeros = 0;
        int b;
        while ((b = in.read()) >= 0) {
            if (b == 1 && zeros >= 2) {
                return;
            }
            zeros = b == 0 ? zeros + 1 : 0;
        }
        ended = true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
