package eu.goodpractice.transfer.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.goodpractice.transfer.shared.ValidationException;
import java.util.List;
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
    void dropsNulCharactersWhichPostgresWouldRefuseToStore() {
        JsonInput in = JsonInput.parse("{\"title\": \"Dual\\u0000 mentoring\", \"lines\": [\"a\\u0000b\"],"
                + " \"keys\": [{\"key\": \"x\\u0000\"}]}");

        assertThat(in.text("title")).isEqualTo("Dual mentoring");
        assertThat(in.texts("lines")).containsExactly("ab");
        assertThat(in.keys("keys")).containsExactly("x");
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
    void readsListsOfKeysAsTheApiWritesThemAndBooleansAsText() {
        JsonInput in = JsonInput.parse("{\"groups\": [\"a\", {\"key\": \"b\", \"label\": \"B\"}, 3],"
                + " \"ongoing\": true, \"lines\": \"x\\ny\", \"bad\": [{\"label\": \"no key\"}]}");

        assertThat(in.keys("groups")).containsExactly("a", "b", "3");
        assertThat(in.keys("lines")).containsExactly("x", "y");
        assertThat(in.keys("absent")).isEmpty();
        assertThat(in.text("ongoing")).isEqualTo("true");
        assertThat(in.flag("ongoing", false)).isTrue();
        assertThat(in.errors().hasErrors()).isFalse();
        in.keys("bad");
        assertThat(in.errors().byField()).containsOnlyKeys("bad");
    }

    @Test
    void readsAListOfObjectsAndReportsTheirProblemsUnderTheList() {
        JsonInput in = JsonInput.parse("{\"terms\": [{\"key\": \"a\", \"retired\": \"TRUE\"},"
                + " {\"key\": [1], \"retired\": \"perhaps\"}, 7]}");

        List<JsonInput> terms = in.objects("terms", "transfer.validation.terms");

        assertThat(terms).hasSize(2);
        assertThat(terms.get(0).text("key")).isEqualTo("a");
        assertThat(terms.get(0).flag("retired", false)).isTrue();
        assertThat(terms.get(1).flag("retired", false)).isFalse();
        assertThat(in.errors().byField()).containsOnlyKeys("terms");
        assertThat(in.errors().byField().get("terms").messageKey()).isEqualTo("transfer.validation.terms");
        assertThat(JsonInput.parse("{}").objects("terms", "transfer.validation.terms")).isEmpty();
        JsonInput missing = JsonInput.parse("{}");
        missing.objects("terms", "transfer.validation.terms");
        assertThat(missing.errors().byField().get("terms").messageKey()).isEqualTo("transfer.validation.required");
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
