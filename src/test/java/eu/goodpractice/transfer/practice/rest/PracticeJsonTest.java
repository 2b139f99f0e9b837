package eu.goodpractice.transfer.practice.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import eu.goodpractice.transfer.practice.InnovationType;
import eu.goodpractice.transfer.practice.Practice;
import eu.goodpractice.transfer.practice.PracticeProfile;
import eu.goodpractice.transfer.practice.PracticeStatus;
import eu.goodpractice.transfer.practice.PracticeTransition;
import eu.goodpractice.transfer.practice.StatusChange;
import eu.goodpractice.transfer.practice.Term;
import eu.goodpractice.transfer.practice.Vocabularies;
import eu.goodpractice.transfer.practice.VocabularyKind;
import eu.goodpractice.transfer.shared.Audit;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class PracticeJsonTest {
    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant UPDATED = Instant.parse("2026-03-02T10:30:00Z");

    @Mock UserDirectory users;
    @Mock Vocabularies vocabularies;
    @Mock Messages messages;
    private PracticeJson json;

    @BeforeEach
    void setUp() {
        json = new PracticeJson(users, vocabularies, messages);
        when(messages.locale()).thenReturn(Locale.FRENCH);
        when(messages.text(any())).thenAnswer(call -> "text:" + call.getArgument(0));
        when(users.byKeys(anyCollection())).thenReturn(Map.of(
                "k-ana", new Person("k-ana", "ana", "Ana Editor"),
                "k-chris", new Person("k-chris", "coordinator", "Chris Coordinator")));
        when(vocabularies.terms("VET", VocabularyKind.THEME)).thenReturn(List.of(
                new Term("inclusion", null, false), new Term("guidance", "Guidance and counselling", true),
                new Term("dual-study", "Dual study programmes", false)));
        when(vocabularies.terms("VET", VocabularyKind.TARGET_GROUP)).thenReturn(List.of(
                new Term("apprentices", null, false)));
    }

    @Test
    void namesTermsByTheSpacesLabelElseTheShippedTranslationElseTheKey() {
        Function<Practice, JsonValue> writer = json.practices(List.of(practice(1, "inclusion"),
                practice(2, "dual-study"), practice(3, "removed-term")));

        assertThat(writer.apply(practice(1, "inclusion")).asObject().getString("themeLabel", null))
                .isEqualTo("text:transfer.vocabulary.theme.inclusion");
        assertThat(writer.apply(practice(2, "dual-study")).asObject().getString("themeLabel", null))
                .isEqualTo("Dual study programmes");
        assertThat(writer.apply(practice(3, "removed-term")).asObject().getString("themeLabel", null))
                .isEqualTo("removed-term");
        JsonObject written = writer.apply(practice(1, "inclusion")).asObject();
        assertThat(written.get("targetGroups").toString()).isEqualTo(
                "[{\"key\":\"apprentices\",\"label\":\"text:transfer.vocabulary.target-group.apprentices\"},"
                        + "{\"key\":\"gone\",\"label\":\"gone\"}]");
        // a vocabulary is read once per writer, however many practices use it
        verify(vocabularies, times(1)).terms("VET", VocabularyKind.THEME);
        verify(users, times(1)).byKeys(anyCollection());
    }

    @Test
    void writesTheProfileWithTheCountryInTheReadersLanguageAndEmptyValuesAsNull() {
        JsonObject written = json.practices(List.of(practice(1, "inclusion"))).apply(practice(1, "inclusion"))
                .asObject();

        assertThat(written.getString("countryName", null)).isEqualTo("Allemagne");
        assertThat(written.get("region").isNull()).isTrue();
        assertThat(written.get("endDate").isNull()).isTrue();
        assertThat(written.getString("startDate", null)).isEqualTo("2026-01-15");
        assertThat(written.get("eqfLevels").toString()).isEqualTo("[3,4]");
        assertThat(written.getString("innovationType", null)).isEqualTo("PEDAGOGICAL");
        assertThat(written.getBoolean("ongoing", false)).isTrue();
        assertThat(written.get("createdBy").toString())
                .isEqualTo("{\"key\":\"k-ana\",\"username\":\"ana\",\"displayName\":\"Ana Editor\"}");
        assertThat(written.getString("updatedAt", null)).isEqualTo("2026-03-02T10:30:00Z");
        assertThat(written.getInt("version", -1)).isEqualTo(2);
        assertThat(written.names()).doesNotContain("history", "transitions");
        assertThat(PracticeJson.countryName(null, Locale.GERMAN)).isNull();
    }

    @Test
    void aPracticeInFullCarriesItsHistoryAndOpenTransitionsWithPeopleLookedUpOnce() {
        StatusChange submit = new StatusChange(PracticeTransition.SUBMIT, PracticeStatus.DRAFT,
                PracticeStatus.SUBMITTED, "k-ana", CREATED, null);
        StatusChange validate = new StatusChange(PracticeTransition.VALIDATE, PracticeStatus.SUBMITTED,
                PracticeStatus.VALIDATED, "k-chris", UPDATED, "Ready");

        JsonObject written = json.practice(practice(1, "inclusion"), List.of(submit, validate),
                EnumSet.of(PracticeTransition.RETURN, PracticeTransition.START_TRANSFER));

        assertThat(written.get("transitions").toString()).isEqualTo("[\"RETURN\",\"START_TRANSFER\"]");
        assertThat(written.get("history").asArray().get(1).toString()).isEqualTo("{\"transition\":\"VALIDATE\","
                + "\"from\":\"SUBMITTED\",\"to\":\"VALIDATED\",\"actor\":{\"key\":\"k-chris\",\"username\":"
                + "\"coordinator\",\"displayName\":\"Chris Coordinator\"},\"at\":\"2026-03-02T10:30:00Z\","
                + "\"comment\":\"Ready\"}");
        assertThat(written.get("history").asArray().get(0).asObject().get("comment").isNull()).isTrue();
        @SuppressWarnings("unchecked")
        ArgumentCaptor<java.util.Collection<String>> keys = ArgumentCaptor.forClass(java.util.Collection.class);
        verify(users, times(1)).byKeys(keys.capture());
        assertThat(keys.getValue()).containsExactlyInAnyOrder("k-ana", "k-chris");
    }

    @Test
    void writesVocabulariesByPropertyNameWithWhereEachLabelComesFrom() {
        JsonObject written = json.vocabularies(Map.of(VocabularyKind.THEME, vocabularies.terms("VET",
                VocabularyKind.THEME)));

        assertThat(written.names()).containsExactly("theme");
        assertThat(written.get("theme").toString()).isEqualTo("["
                + "{\"key\":\"inclusion\",\"label\":\"text:transfer.vocabulary.theme.inclusion\",\"retired\":false,"
                + "\"custom\":false,\"shipped\":true},"
                + "{\"key\":\"guidance\",\"label\":\"Guidance and counselling\",\"retired\":true,"
                + "\"custom\":true,\"shipped\":true},"
                + "{\"key\":\"dual-study\",\"label\":\"Dual study programmes\",\"retired\":false,"
                + "\"custom\":true,\"shipped\":false}]");
        assertThat(PracticeJson.property(VocabularyKind.TARGET_GROUP)).isEqualTo("targetGroup");
        assertThat(PracticeJson.property(VocabularyKind.THEME)).isEqualTo("theme");
    }

    private static Practice practice(long pageId, String theme) {
        PracticeProfile profile = new PracticeProfile("Summary", "Berufskolleg Nord", "DE", null, theme,
                List.of("apprentices", "gone"), new TreeSet<>(Set.of(4, 3)), null, InnovationType.PEDAGOGICAL,
                LocalDate.of(2026, 1, 15), null, true, "de", "An English summary");
        return new Practice(pageId, "VET", "Practice " + pageId, profile, PracticeStatus.DRAFT, false,
                new Audit("k-ana", CREATED, "k-chris", UPDATED, 2));
    }
}
