package eu.goodpractice.transfer.engagement;

import java.time.Instant;

/**
 * The outcome of checking one link: its status, the HTTP code of the last answer (null when none came) and, when the
 * code alone does not explain it, a reason.
 */
public record LinkCheck(LinkStatus status, Integer httpCode, LinkReason reason, Instant checkedAt) {

    /** A link nobody has checked yet, or whose address changed since the last check. */
    public static final LinkCheck NEVER = new LinkCheck(LinkStatus.UNCHECKED, null, null, null);

    public static LinkCheck ok(int code, Instant at) {
        return new LinkCheck(LinkStatus.OK, code, null, at);
    }

    public static LinkCheck dead(Integer code, LinkReason reason, Instant at) {
        return new LinkCheck(LinkStatus.DEAD, code, reason, at);
    }

    public static LinkCheck notChecked(LinkReason reason, Instant at) {
        return new LinkCheck(LinkStatus.UNCHECKED, null, reason, at);
    }
}
