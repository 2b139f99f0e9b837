package eu.goodpractice.transfer.platform;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Users through SAL, which Confluence answers from its user cache. */
public class SalUserDirectory implements UserDirectory {
    private final UserManager userManager;

    public SalUserDirectory(UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public Optional<Person> byUsername(String username) {
        return Optional.ofNullable(userManager.getUserProfile(username)).map(SalUserDirectory::person);
    }

    @Override
    public Map<String, Person> byKeys(Collection<String> userKeys) {
        Map<String, Person> people = new LinkedHashMap<>();
        for (String key : userKeys) {
            if (key != null && !people.containsKey(key)) {
                UserProfile profile = userManager.getUserProfile(new UserKey(key));
                if (profile != null) {
                    people.put(key, person(profile));
                }
            }
        }
        return people;
    }

    private static Person person(UserProfile profile) {
        String fullName = profile.getFullName();
        String displayName = fullName == null || fullName.isBlank() ? profile.getUsername() : fullName;
        return new Person(profile.getUserKey().getStringValue(), profile.getUsername(), displayName);
    }
}
