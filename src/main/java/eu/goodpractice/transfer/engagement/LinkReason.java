package eu.goodpractice.transfer.engagement;

/** Why a link is dead or was not checked, when its HTTP code alone does not say it. */
public enum LinkReason {
    /** Refused by the address policy: the host resolves to a loopback, private, link-local or multicast address. */
    PRIVATE_ADDRESS,
    TIMEOUT,
    TOO_MANY_REDIRECTS,
    BAD_REDIRECT,
    UNKNOWN_HOST,
    UNREACHABLE
}
