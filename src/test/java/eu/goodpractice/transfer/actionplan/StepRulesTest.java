package eu.goodpractice.transfer.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;

import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.PageDirectory;
import eu.goodpractice.transfer.shared.PageLink;
import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
import eu.goodpractice.transfer.shared.ValidationException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class StepRulesTest {
    @Mock UserDirectory users;
    @Mock PageDirectory pages;

    private StepRules rules;

    @BeforeEach
    void setUp() {
        rules = new StepRules(users, pages);
        lenient().when(users.byUsername(any())).thenReturn(Optional.empty());
        lenient().when(users.byUsername("jan")).thenReturn(Optional.of(new Person("key-jan", "jan", "Jan")));
        lenient().when(pages.viewable(any())).thenReturn(Map.of());
        lenient().when(pages.viewable(Set.of(12L))).thenReturn(Map.of(12L, new PageLink(12, "Practice", "/p")));
    }

    @Test
    void turnsValidTextIntoAStepWithDefaults() {
        StepDraft draft = rules.validate(input("  Run the pilot  ", "jan", "2027-01-31", "in-progress", null, "12",
                List.of(" Chamber ", "", "Chamber", "School"), "adopted"));

        assertThat(draft.title()).isEqualTo("Run the pilot");
        assertThat(draft.ownerKey()).isEqualTo("key-jan");
        assertThat(draft.dueDate()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(draft.status()).isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(draft.priority()).isEqualTo(StepPriority.MEDIUM);
        assertThat(draft.practicePageId()).isEqualTo(12L);
        assertThat(draft.stakeholders()).containsExactly("Chamber", "School");
        assertThat(draft.anchoring()).isEqualTo(AnchoringLevel.ADOPTED);
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        StepInput input = input(" ", "nobody", "31.12.2026", "finished", "urgent", "99",
                Collections.nCopies(51, "x"), "forever");

        assertThatThrownBy(() -> rules.validate(input)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors().byField()).containsOnlyKeys("title", "owner", "dueDate", "status",
                        "priority", "practicePageId", "stakeholders", "anchoring"));
    }

    @Test
    void aTitleMayHave255CharactersButNotMore() {
        assertThat(rules.validate(input("x".repeat(255), null, null, null, null, null, List.of(), null)).title())
                .hasSize(255);
        assertThatThrownBy(() -> rules.validate(input("x".repeat(256), null, null, null, null, null, List.of(), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                        e.errors().byField().get("title").arguments()).containsExactly(255, 256));
    }

    @Test
    void aPageTheUserMayNotViewCannotBeLinked() {
        assertThatThrownBy(() -> rules.validate(input("t", null, null, null, null, "99", List.of(), null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().has("practicePageId")).isTrue());
    }

    @Test
    void problemsFoundWhileReadingTheRequestAreReportedTooAndNotOverwritten() {
        FieldErrors parsing = FieldErrors.of("stakeholders", "transfer.validation.text-list");
        StepInput input = new StepInput("ok", null, null, null, null, null, null, List.of(), null, null, parsing);

        assertThatThrownBy(() -> rules.validate(input)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().byField().get("stakeholders").messageKey())
                        .isEqualTo("transfer.validation.text-list"));
    }

    private static StepInput input(String title, String owner, String due, String status, String priority,
                                   String page, List<String> stakeholders, String anchoring) {
        return new StepInput(title, null, owner, due, status, priority, page, stakeholders, anchoring, null, null);
    }
}
