package eu.goodpractice.transfer.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import eu.goodpractice.transfer.shared.Person;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class SalUserDirectoryTest {
    @Mock UserManager userManager;
    @Mock UserProfile ana;
    @Mock UserProfile service;

    @Test
    void namesPeopleByFullNameOrElseByLoginAndSkipsUnknownKeys() {
        when(ana.getUserKey()).thenReturn(new UserKey("k1"));
        when(ana.getUsername()).thenReturn("ana");
        when(ana.getFullName()).thenReturn("Ana Silva");
        when(service.getUserKey()).thenReturn(new UserKey("k2"));
        when(service.getUsername()).thenReturn("svc-bot");
        when(service.getFullName()).thenReturn(" ");
        when(userManager.getUserProfile(new UserKey("k1"))).thenReturn(ana);
        when(userManager.getUserProfile(new UserKey("k2"))).thenReturn(service);

        var people = new SalUserDirectory(userManager).byKeys(Arrays.asList("k1", "k2", "gone", null, "k1"));

        assertThat(people).containsOnlyKeys("k1", "k2");
        assertThat(people.get("k1")).isEqualTo(new Person("k1", "ana", "Ana Silva"));
        assertThat(people.get("k2").displayName()).isEqualTo("svc-bot");
    }

    @Test
    void findsAUserByLoginName() {
        when(ana.getUserKey()).thenReturn(new UserKey("k1"));
        when(ana.getUsername()).thenReturn("ana");
        when(ana.getFullName()).thenReturn("Ana Silva");
        when(userManager.getUserProfile("ana")).thenReturn(ana);

        SalUserDirectory users = new SalUserDirectory(userManager);

        assertThat(users.byUsername("ana")).map(Person::key).contains("k1");
        assertThat(users.byUsername("nobody")).isEmpty();
    }
}
