package eu.goodpractice.transfer.engagement;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * The link check's default: only public addresses. Links are typed by users, and the check runs on the Confluence
 * server, inside the organisation's network; fetching loopback, link-local (cloud metadata), private, unique-local,
 * carrier-grade NAT or multicast addresses would let a link probe that network (SSRF).
 */
public class PublicAddressesOnly implements AddressPolicy {
    @Override
    public boolean mayFetch(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) != 0xfc; // fc00::/7 unique local
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        boolean carrierNat = first == 100 && second >= 64 && second <= 127;
        boolean reserved = first == 0 || first >= 240;
        return !carrierNat && !reserved;
    }
}
