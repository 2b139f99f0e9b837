package eu.goodpractice.transfer.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.goodpractice.transfer.shared.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The stakeholder rules: required fields, ISO countries, and contact persons only with a full consent note. */
class StakeholderRulesTest {
    private final StakeholderRules rules = new StakeholderRules();

    @Test
    void aStakeholderWithoutContactIsValid() {
        StakeholderDraft draft = rules.validate(input("Chamber", "chamber", "regional", "el", null, null, null, null,
                null));

        assertThat(draft.type()).isEqualTo(StakeholderType.CHAMBER);
        assertThat(draft.level()).isEqualTo(StakeholderLevel.REGIONAL);
        assertThat(draft.country()).isEqualTo("GR");
        assertThat(draft.contact()).isNull();
    }

    @Test
    void aContactPersonIsKeptWithItsConsent() {
        StakeholderDraft draft = rules.validate(input("Chamber", "chamber", "eu", "DE", "Jana Weber",
                "jana@example.eu", "Jana Weber", "2026-03-02", "Workshop invitations"));

        assertThat(draft.contact()).isEqualTo(new StakeholderContact("Jana Weber", null, "jana@example.eu",
                "Jana Weber", LocalDate.parse("2026-03-02"), "Workshop invitations"));
    }

    @Test
    void contactFieldsWithoutConsentAreRefusedAtEachConsentField() {
        ValidationException refused = catchThrowableOfType(() -> rules.validate(input("Chamber", "chamber", "eu",
                "DE", "Jana Weber", "not-an-address", null, null, null)), ValidationException.class);

        assertThat(refused.errors().byField()).containsOnlyKeys("contactEmail", "consentBy", "consentDate",
                "consentPurpose");
        assertThat(refused.errors().byField().get("consentBy").messageKey())
                .isEqualTo("transfer.validation.consent-required");
    }

    @Test
    void consentWithoutAPersonAndMissingFieldsAreNamed() {
        ValidationException refused = catchThrowableOfType(() -> rules.validate(input(" ", "pirate", null, "XX",
                null, null, "Jana", null, null)), ValidationException.class);

        assertThat(refused.errors().byField()).containsOnlyKeys("organisation", "type", "level", "country",
                "contactName");
        assertThat(refused.errors().byField().get("contactName").messageKey())
                .isEqualTo("transfer.validation.contact-without-person");
    }

    private static StakeholderInput input(String organisation, String type, String level, String country,
                                          String name, String email, String consentBy, String consentDate,
                                          String purpose) {
        return new StakeholderInput("VET", organisation, type, level, country, name, null, email, consentBy,
                consentDate, purpose, null, null, null);
    }
}
