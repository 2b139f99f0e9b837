package eu.goodpractice.transfer.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
import eu.goodpractice.transfer.shared.ValidationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class PlanRulesTest {
    @Mock UserDirectory users;

    @Test
    void acceptsCountryCodesAsTheEuWritesThem() {
        when(users.byUsername("ana")).thenReturn(Optional.of(new Person("key-ana", "ana", "Ana")));
        PlanRules rules = new PlanRules(users);

        assertThat(rules.validate(new PlanInput("VET", "Lyceum", "el", "ana", null, null)).country()).isEqualTo("GR");
        assertThat(rules.validate(new PlanInput("VET", "College", " uk ", "ana", null, null)).country()).isEqualTo("GB");
        assertThat(rules.validate(new PlanInput("VET", "Schule", "at", "ana", null, null)).responsibleKey())
                .isEqualTo("key-ana");
    }

    @Test
    void rejectsUnknownCountriesAndPeopleAndEmptyNames() {
        when(users.byUsername("ghost")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> new PlanRules(users).validate(new PlanInput(null, " ", "XX", "ghost", null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().byField())
                        .containsOnlyKeys("spaceKey", "institution", "country", "responsible"));
    }
}
