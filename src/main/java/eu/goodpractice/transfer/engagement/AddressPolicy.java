package eu.goodpractice.transfer.engagement;

import java.net.InetAddress;

/** Which resolved addresses the link check may fetch. Injectable so tests can allow a local test server. */
public interface AddressPolicy {
    boolean mayFetch(InetAddress address);
}
