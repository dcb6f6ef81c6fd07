package studio.loqui.jobs.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobsConfig;
import studio.loqui.system.ApiException;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs a webhook may call: http(s) to a public address. Loopback, private, link-local, unique-local
 * and shared (CGNAT) addresses are refused unless configuration allows them, so a webhook cannot be used
 * to reach into the server's own network. Checked when the job is submitted and again before each call,
 * since a name may resolve differently later.
 */
@ApplicationScoped
public class WebhookTargets {

    private final boolean allowPrivate;

    public WebhookTargets(JobsConfig config) {
        this.allowPrivate = config.webhook().allowPrivateAddresses();
    }

    /** The URL when it may be called; throws a 400 naming {@code webhook_url} otherwise. */
    public URI check(String url) {
        URI uri = parse(url);
        if (!allowPrivate) {
            refusePrivate(uri.getHost());
        }
        return uri;
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw ApiException.invalidField("webhook_url", "must be an absolute http or https URL");
            }
            if (uri.getUserInfo() != null) {
                throw ApiException.invalidField("webhook_url", "must not carry credentials");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw ApiException.invalidField("webhook_url", "is not a valid URL");
        }
    }

    private static void refusePrivate(String host) {
        List<InetAddress> addresses;
        try {
            addresses = addressesOf(host);
        } catch (UnknownHostException e) {
            throw ApiException.invalidField("webhook_url", "host " + host + " cannot be resolved");
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                throw ApiException.invalidField("webhook_url",
                        "points at a private or loopback address, which this server does not call");
            }
        }
    }

    /**
     * Every address a host may stand for. A numeric IPv4 host is read as resolvers read it (inet_aton:
     * one to four parts, each decimal, octal with a leading 0 or hex with 0x, so {@code 0177.0.0.1},
     * {@code 0x7f.1} and {@code 2130706433} are all 127.0.0.1) as well as the way Java reads it, since
     * either may be the one that connects; any other host is resolved by name.
     */
    static List<InetAddress> addressesOf(String host) throws UnknownHostException {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        Optional<byte[]> numeric = Ipv4Literals.parse(name);
        if (numeric.isEmpty()) {
            return List.of(InetAddress.getAllByName(name));
        }
        List<InetAddress> addresses = new ArrayList<>();
        addresses.add(InetAddress.getByAddress(numeric.get()));
        try {
            addresses.addAll(List.of(InetAddress.getAllByName(name)));
        } catch (UnknownHostException | IllegalArgumentException e) {
            // Java refuses this spelling of an address; the resolver's reading above still counts
        }
        return addresses;
    }

    static boolean isPrivate(InetAddress a) {
        Optional<InetAddress> embedded = Ipv4Literals.embeddedIn(a);
        if (embedded.isPresent() && isPrivate(embedded.get())) {
            return true;
        }
        byte[] b = a.getAddress();
        boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        boolean sharedV4 = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress() || uniqueLocalV6 || sharedV4;
    }
}
