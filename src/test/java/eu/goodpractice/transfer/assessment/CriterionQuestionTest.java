package eu.goodpractice.transfer.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import eu.goodpractice.transfer.platform.SalMessages;
import eu.goodpractice.transfer.workbench.host.BundleI18nResolver;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CriterionQuestionTest {
    private final SalMessages german = new SalMessages(new BundleI18nResolver(List.of("i18n/practice-transfer"),
            () -> Locale.GERMAN), () -> Locale.GERMAN);

    @Test
    void theSpacesOwnWordingWinsOverTheShippedTranslation() {
        Criterion reworded = new Criterion("leadership", "anchoring", 1.0, false, "Steht die Schulleitung dahinter?");

        assertThat(CriterionQuestion.of(reworded, german)).isEqualTo("Steht die Schulleitung dahinter?");
    }

    @Test
    void aShippedCriterionReadsInTheReadersLanguageAndAnUnknownOneAsItsKey() {
        CriteriaSet set = ShippedCriteria.set();

        assertThat(CriterionQuestion.of(set, "leadership", german))
                .isEqualTo(german.text(ShippedCriteria.question("leadership"))).doesNotContain("transfer.");
        assertThat(CriterionQuestion.of(set, "peer-visits", german)).isEqualTo("peer-visits");
        assertThat(CriterionQuestion.isShipped("peer-visits")).isFalse();
        assertThat(CriterionQuestion.isShipped("leadership")).isTrue();
    }
}
