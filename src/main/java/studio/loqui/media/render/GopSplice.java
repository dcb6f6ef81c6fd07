package studio.loqui.media.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Joins two H.264 Annex B streams of the same frames into one: each group of pictures of the source in which
 * no frame showed a face comes from the source as it was coded, every other group from the re-encoded stream,
 * which has a key frame (with its own SPS and PPS) wherever a source group starts. Each switch lands on a key
 * frame that carries its parameter sets, so the decoder starts afresh there.
 */
final class GopSplice {

    /** How many groups (and their frames) came from the source. */
    record Outcome(int copiedGroups, int groups, int copiedFrames) {
    }

    /** The streams cannot be joined; the re-encoded stream alone is still whole. */
    static final class MismatchException extends IOException {
        MismatchException(String message) {
            super(message);
        }
    }

    private GopSplice() {
    }

    static Outcome splice(Path source, Path encoded, SourceGops gops, boolean[] face, Path out) throws IOException {
        int copiedGroups = 0;
        int copiedFrames = 0;
        try (AccessUnits original = new AccessUnits(source); AccessUnits remade = new AccessUnits(encoded);
             OutputStream sink = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
            boolean lastCopied = false;
            for (int g = 0; g < gops.starts().length; g++) {
                int from = gops.starts()[g];
                int to = gops.end(g);
                AccessUnits.Unit first = unit(original, from, "source");
                AccessUnits.Unit firstRemade = unit(remade, from, "re-encoded");
                boolean copy = faceless(face, from, to) && first.standsAlone();
                if (!copy && (g == 0 || lastCopied) && !firstRemade.standsAlone()) {
                    throw new MismatchException("the re-encoded stream has no key frame at frame " + from);
                }
                sink.write(copy ? first.bytes() : firstRemade.bytes());
                for (int f = from + 1; f < to; f++) {
                    AccessUnits.Unit a = unit(original, f, "source");
                    AccessUnits.Unit b = unit(remade, f, "re-encoded");
                    sink.write(copy ? a.bytes() : b.bytes());
                }
                if (copy) {
                    copiedGroups++;
                    copiedFrames += to - from;
                }
                lastCopied = copy;
            }
            if (original.next() != null || remade.next() != null) {
                throw new MismatchException("the streams have more than the " + gops.frames() + " frames probed");
            }
        }
        return new Outcome(copiedGroups, gops.starts().length, copiedFrames);
    }

    private static AccessUnits.Unit unit(AccessUnits units, int frame, String which) throws IOException {
        AccessUnits.Unit unit = units.next();
        if (unit == null) {
            throw new MismatchException("the " + which + " stream ends before frame " + frame);
        }
        return unit;
    }

    private static boolean faceless(boolean[] face, int from, int to) {
        if (to > face.length) {
            return false;
        }
        for (int f = from; f < to; f++) {
            if (face[f]) {
                return false;
            }
        }
        return true;
    }
}
