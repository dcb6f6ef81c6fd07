package studio.loqui.jobs.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** IPv4 addresses in the spellings resolvers accept, and IPv4 addresses carried inside IPv6 ones. */
final class Ipv4Literals {

    private static final Pattern PART = Pattern.compile("0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*");

    private Ipv4Literals() {
    }

    /**
     * The address of {@code a}, {@code a.b}, {@code a.b.c} or {@code a.b.c.d}, each part decimal,
     * octal (leading 0) or hex (0x), the last part filling the remaining bytes; empty when the host
     * is not such a number.
     */
    static Optional<byte[]> parse(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!PART.matcher(parts[i]).matches()) {
                return Optional.empty();
            }
            values[i] = value(parts[i]);
        }
        return assemble(values);
    }

    /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16) one. */
    static Optional<InetAddress> embeddedIn(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] b = address.getAddress();
        boolean firstTenZero = Arrays.equals(Arrays.copyOfRange(b, 0, 10), new byte[10]);
        boolean mapped = firstTenZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = firstTenZero && b[10] == 0 && b[11] == 0 && !isAllZeroOrOne(b);
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b && Arrays.equals(Arrays.copyOfRange(b, 4, 12), new byte[8]);
        if (mapped || compatible || nat64) {
            return Optional.of(v4(Arrays.copyOfRange(b, 12, 16)));
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return Optional.of(v4(Arrays.copyOfRange(b, 2, 6)));
        }
        return Optional.empty();
    }

    private static long value(String part) {
        if (part.startsWith("0x") || part.startsWith("0X")) {
            return part.length() == 2 ? 0 : parseBounded(part.substring(2), 16);
        }
        if (part.length() > 1 && part.startsWith("0")) {
            return parseBounded(part.substring(1), 8);
        }
        return parseBounded(part, 10);
    }

    /** Numbers too large for any part come out as -1, which {@link #assemble} refuses. */
    private static long parseBounded(String digits, int radix) {
        String significant = digits.replaceFirst("^0+(?=.)", "");
        if (significant.length() > 12) {
            return -1;
        }
        return Long.parseLong(significant, radix);
    }

    private static Optional<byte[]> assemble(long[] values) {
        int leading = values.length - 1;
        long last = values[leading];
        long lastLimit = 1L << (8 * (4 - leading));
        if (last < 0 || last >= lastLimit) {
            return Optional.empty();
        }
        long address = 0;
        for (int i = 0; i < leading; i++) {
            if (values[i] < 0 || values[i] > 255) {
                return Optional.empty();
            }
            address |= values[i] << (8 * (3 - i));
        }
        address |= last;
        return Optional.of(new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8),
                (byte) address});
    }

    private static boolean isAllZeroOrOne(byte[] b) {
        for (int i = 0; i < 15; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[15] == 0 || b[15] == 1;
    }

    private static InetAddress v4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
