package studio.loqui.jobs.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookTargetsTest {

    @Test
    void shouldTreatLoopbackPrivateLinkLocalAndUniqueLocalAsPrivate() throws Exception {
        for (String address : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "::1", "fd00::1", "fe80::1"}) {
            assertTrue(WebhookTargets.isPrivate(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void shouldTreatPublicAddressesAsCallable() throws Exception {
        for (String address : new String[] {"93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"}) {
            assertFalse(WebhookTargets.isPrivate(InetAddress.getByName(address)), address);
        }
    }

    /** Hosts as {@link java.net.URI#getHost()} hands them over: IPv6 literals keep their brackets. */
    @ParameterizedTest
    @ValueSource(strings = {"0177.0.0.1", "0177.0.0.01", "0x7f.0.0.1", "0x7f000001", "2130706433", "017700000001",
            "127.1", "0x7f.1", "127.0.1", "127.0.0.1.", "012.0.0.1", "0xa.0xa.0xa.0xa", "167772161", "0300.0250.1.1",
            "3232235777", "0xc0a80101", "0251.0376.0251.0376", "2852039166", "0", "0x0", "[::ffff:127.0.0.1]",
            "[::ffff:7f00:1]", "[::ffff:10.0.0.1]", "[::ffff:192.168.1.1]", "[::127.0.0.1]", "[64:ff9b::7f00:1]",
            "[2002:7f00:1::]", "[2002:c0a8:101::1]", "[::ffff:169.254.169.254]",
            // a resolver reads 8.8.8.8, Java 10.10.10.10: refused, since either may be the one that connects
            "010.010.010.010"})
    void shouldRefuseEverySpellingOfAPrivateAddress(String host) throws Exception {
        List<InetAddress> addresses = WebhookTargets.addressesOf(host);
        assertTrue(addresses.stream().anyMatch(WebhookTargets::isPrivate), host + " read as " + addresses);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "134744072", "0x08080808", "[::ffff:8.8.8.8]",
            "[2606:4700:4700::1111]"})
    void shouldCallPublicAddressesHoweverSpelled(String host) throws Exception {
        List<InetAddress> addresses = WebhookTargets.addressesOf(host);
        assertFalse(addresses.stream().anyMatch(WebhookTargets::isPrivate), host + " read as " + addresses);
    }

    @Test
    void shouldReadResolverSpellingsAsTheResolverDoes() throws Exception {
        assertEquals("127.0.0.1", v4("0177.0.0.1"));
        assertEquals("127.0.0.1", v4("2130706433"));
        assertEquals("127.0.0.1", v4("0x7f.1"));
        assertEquals("10.0.0.1", v4("012.0.1"));
        assertEquals("8.8.8.8", v4("010.010.010.010"));
        assertTrue(Ipv4Literals.parse("256.0.0.1").isEmpty(), "a part above 255 is no address");
        assertTrue(Ipv4Literals.parse("08.0.0.1").isEmpty(), "8 is no octal digit");
        assertTrue(Ipv4Literals.parse("1.2.3.4.5").isEmpty());
        assertTrue(Ipv4Literals.parse("4294967296").isEmpty(), "2^32 is beyond IPv4");
        assertTrue(Ipv4Literals.parse("example.com").isEmpty());
    }

    private static String v4(String host) throws Exception {
        return InetAddress.getByAddress(Ipv4Literals.parse(host).orElseThrow()).getHostAddress();
    }
}
