package studio.loqui.jobs.webhook;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

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
}
