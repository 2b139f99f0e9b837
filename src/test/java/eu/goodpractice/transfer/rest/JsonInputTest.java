package eu.goodpractice.transfer.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.goodpractice.transfer.shared.ValidationException;
import org.junit.jupiter.api.Test;

class JsonInputTest {
    @Test
    void readsNumbersAsTextAndTextAsLines() {
        JsonInput in = JsonInput.parse("{\"version\": 3, \"stakeholders\": \"Chamber\\nSchool\", \"owner\": null}");

        assertThat(in.text("version")).isEqualTo("3");
        assertThat(in.texts("stakeholders")).containsExactly("Chamber", "School");
        assertThat(in.text("owner")).isNull();
        assertThat(in.text("absent")).isNull();
        assertThat(in.errors().hasErrors()).isFalse();
    }

    @Test
    void recordsWrongKindsPerFieldInsteadOfFailing() {
        JsonInput in = JsonInput.parse("{\"title\": {\"a\": 1}, \"stakeholders\": [1], \"stepIds\": [1, \"x\"]}");

        assertThat(in.text("title")).isNull();
        in.texts("stakeholders");
        in.ids("stepIds");
        assertThat(in.errors().byField()).containsOnlyKeys("title", "stakeholders", "stepIds");
    }

    @Test
    void rejectsABodyThatIsNotAJsonObject() {
        assertThatThrownBy(() -> JsonInput.parse("[1,2]")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().byField().get("body").messageKey()).isEqualTo("transfer.validation.body-object"));
        assertThatThrownBy(() -> JsonInput.parse("")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> JsonInput.parse("{\"a\":")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().byField().get("body").messageKey()).isEqualTo("transfer.validation.body-json"));
    }
}
