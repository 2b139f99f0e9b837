package eu.goodpractice.transfer.shared;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Looks users up by login name or key. */
public interface UserDirectory {
    Optional<Person> byUsername(String username);

    /** The people behind the given keys; unknown keys are left out of the map. */
    Map<String, Person> byKeys(Collection<String> userKeys);
}
