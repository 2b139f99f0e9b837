package eu.goodpractice.transfer.shared;

import java.util.Optional;

/** Looks up the people the app sends mail to, outside any request of theirs. */
public interface RecipientDirectory {
    /** The user behind the key with their address and language, or empty for an unknown (deleted) user. */
    Optional<Recipient> recipient(String userKey);
}
