package eu.goodpractice.transfer.practice.macro;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import eu.goodpractice.transfer.platform.HostLinks;
import eu.goodpractice.transfer.practice.Practice;
import eu.goodpractice.transfer.practice.PracticeProfile;
import eu.goodpractice.transfer.practice.PracticeTransition;
import eu.goodpractice.transfer.practice.StatusChange;
import eu.goodpractice.transfer.practice.Term;
import eu.goodpractice.transfer.practice.Vocabularies;
import eu.goodpractice.transfer.practice.VocabularyKind;
import eu.goodpractice.transfer.shared.Html;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds what the practice card shows; every string is escaped here and its key ends in "Html". */
public class PracticeProfileView {
    static final String TEMPLATE = "templates/practice/practice-profile.vm";

    /** The texts the editing script needs, keyed by their i18n key. */
    static final List<String> SCRIPT_TEXT_KEYS = List.of("transfer.practice.js.edit", "transfer.practice.js.save",
            "transfer.practice.js.cancel", "transfer.practice.js.saving", "transfer.practice.js.saved",
            "transfer.practice.js.conflict", "transfer.practice.js.failed", "transfer.practice.js.invalid",
            "transfer.practice.js.comment", "transfer.practice.js.comment-hint", "transfer.practice.js.none",
            "transfer.practice.js.ongoing", "transfer.practice.field.start-date", "transfer.practice.field.end-date",
            "transfer.practice.field.summary", "transfer.practice.field.institution", "transfer.practice.field.country",
            "transfer.practice.field.region", "transfer.practice.field.theme", "transfer.practice.field.target-groups",
            "transfer.practice.field.eqf-levels", "transfer.practice.field.sector",
            "transfer.practice.field.innovation-type", "transfer.practice.field.language",
            "transfer.practice.field.english-summary", "transfer.actionplan.js.country-hint",
            "transfer.practice.innovation.pedagogical", "transfer.practice.innovation.digital",
            "transfer.practice.innovation.organisational", "transfer.practice.innovation.partnership",
            "transfer.practice.innovation.social", "transfer.practice.innovation.green",
            "transfer.practice.innovation.other");

    private final UserDirectory users;
    private final Messages messages;
    private final Vocabularies vocabularies;
    private final HostLinks links;

    public PracticeProfileView(UserDirectory users, Messages messages, Vocabularies vocabularies, HostLinks links) {
        this.users = users;
        this.messages = messages;
        this.vocabularies = vocabularies;
        this.links = links;
    }

    /** The card; {@code editable} adds what the editing script needs (only for editors, only in a browser). */
    public Map<String, Object> card(Practice practice, List<StatusChange> history, Set<PracticeTransition> next,
                                    boolean editable) {
        PracticeLabels labels = new PracticeLabels(messages);
        PracticeProfile profile = practice.profile();
        List<Term> themes = vocabularies.terms(practice.spaceKey(), VocabularyKind.THEME);
        List<Term> groups = vocabularies.terms(practice.spaceKey(), VocabularyKind.TARGET_GROUP);

        List<Map<String, Object>> facts = new ArrayList<>();
        fact(facts, "transfer.practice.field.institution", profile.institution());
        fact(facts, "transfer.practice.field.country", profile.country() == null ? null
                : countryName(profile.country()) + " (" + profile.country() + ")");
        fact(facts, "transfer.practice.field.region", profile.region());
        fact(facts, "transfer.practice.field.theme", profile.theme() == null ? null
                : labels.term(VocabularyKind.THEME, profile.theme(), themes));
        fact(facts, "transfer.practice.field.target-groups", profile.targetGroups().isEmpty() ? null
                : profile.targetGroups().stream().map(key -> labels.term(VocabularyKind.TARGET_GROUP, key, groups))
                .collect(Collectors.joining(", ")));
        fact(facts, "transfer.practice.field.eqf-levels", profile.eqfLevels().isEmpty() ? null
                : profile.eqfLevels().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        fact(facts, "transfer.practice.field.sector", profile.sector());
        fact(facts, "transfer.practice.field.innovation-type", profile.innovationType() == null ? null
                : labels.innovation(profile.innovationType()));
        fact(facts, "transfer.practice.field.period", period(profile));
        fact(facts, "transfer.practice.field.language", profile.language() == null ? null
                : languageName(profile.language()));

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("pageId", practice.pageId());
        model.put("version", practice.audit().version());
        model.put("statusSlug", PracticeLabels.slug(practice.status()));
        model.put("statusHtml", Html.escape(labels.status(practice.status())));
        model.put("statusLabelHtml", Html.escape(messages.text("transfer.practice.field.status")));
        model.put("headingHtml", Html.escape(messages.text("transfer.practice.heading")));
        model.put("summaryLabelHtml", Html.escape(messages.text("transfer.practice.field.summary")));
        model.put("summaryHtml", Html.escape(profile.summary()));
        model.put("englishSummaryLabelHtml", Html.escape(messages.text("transfer.practice.field.english-summary")));
        model.put("englishSummaryHtml", Html.escape(profile.englishSummary()));
        model.put("facts", facts);
        model.put("historyLabelHtml", Html.escape(messages.text("transfer.practice.history")));
        model.put("history", history(history, labels));
        model.put("nextLabelHtml", Html.escape(messages.text("transfer.practice.next-steps")));
        model.put("next", next.stream().map(t -> Map.<String, Object>of("name", t.name(),
                "labelHtml", Html.escape(labels.transition(t)), "needsComment", t.needsComment())).toList());
        model.put("editable", editable);
        model.put("restBaseHtml", Html.escape(links.restBase()));
        JsonObject texts = Json.object();
        messages.texts(SCRIPT_TEXT_KEYS).forEach(texts::add);
        model.put("scriptTextHtml", Html.escape(texts.toString()));
        return model;
    }

    /** One row of the card; the label key is written out in full at each call so the i18n checks can find it. */
    private void fact(List<Map<String, Object>> facts, String labelKey, String value) {
        Map<String, Object> fact = new LinkedHashMap<>();
        fact.put("field", labelKey.substring(labelKey.lastIndexOf('.') + 1));
        fact.put("labelHtml", Html.escape(messages.text(labelKey)));
        fact.put("valueHtml", Html.escape(value == null || value.isBlank()
                ? messages.text("transfer.practice.not-given") : value));
        fact.put("given", value != null && !value.isBlank());
        facts.add(fact);
    }

    private String period(PracticeProfile profile) {
        if (profile.startDate() == null) {
            return profile.ongoing() ? messages.text("transfer.practice.ongoing") : null;
        }
        if (profile.ongoing() || profile.endDate() == null) {
            return messages.text("transfer.practice.period.since", profile.startDate().toString());
        }
        return messages.text("transfer.practice.period.range", profile.startDate().toString(),
                profile.endDate().toString());
    }

    private List<Map<String, Object>> history(List<StatusChange> changes, PracticeLabels labels) {
        Set<String> keys = changes.stream().map(StatusChange::actorKey).collect(Collectors.toCollection(HashSet::new));
        Map<String, Person> people = users.byKeys(keys);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (StatusChange change : changes) {
            Person actor = people.get(change.actorKey());
            Serializable[] args = {labels.transition(change.transition()), labels.status(change.to()),
                    actor == null ? change.actorKey() : actor.displayName(), change.at().toString().substring(0, 10)};
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("textHtml", Html.escape(messages.text("transfer.practice.history.entry", args)));
            entry.put("commentHtml", Html.escape(change.comment()));
            entries.add(entry);
        }
        return entries;
    }

    /** The country's name in the user's language, e.g. DE: "Deutschland" for a German reader. */
    private String countryName(String code) {
        return new Locale("", code).getDisplayCountry(readerLocale());
    }

    private String languageName(String code) {
        return new Locale(code).getDisplayLanguage(readerLocale());
    }

    private Locale readerLocale() {
        return messages.locale();
    }
}
