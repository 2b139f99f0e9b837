package eu.goodpractice.transfer.practice.rest;

import static eu.goodpractice.transfer.rest.JsonOutput.audit;
import static eu.goodpractice.transfer.rest.JsonOutput.person;
import static eu.goodpractice.transfer.rest.JsonOutput.text;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import eu.goodpractice.transfer.practice.Practice;
import eu.goodpractice.transfer.practice.PracticeProfile;
import eu.goodpractice.transfer.practice.PracticeTransition;
import eu.goodpractice.transfer.practice.StatusChange;
import eu.goodpractice.transfer.practice.Term;
import eu.goodpractice.transfer.practice.Vocabularies;
import eu.goodpractice.transfer.practice.VocabularyKind;
import eu.goodpractice.transfer.rest.JsonOutput;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes practices, their history, vocabularies and settings as JSON. The people of a whole list are looked up in one
 * go, and each space's vocabularies once per writer. A term shows the name its space gave it, else the shipped name
 * in the reader's language; a country shows its name in the reader's language too.
 */
public class PracticeJson {
    private final UserDirectory users;
    private final Vocabularies vocabularies;
    private final Messages messages;

    public PracticeJson(UserDirectory users, Vocabularies vocabularies, Messages messages) {
        this.users = users;
        this.vocabularies = vocabularies;
        this.messages = messages;
    }

    /** A writer for a list of practices: page, profile, status and audit, without history and transitions. */
    public Function<Practice, JsonValue> practices(Collection<Practice> practices) {
        Set<String> keys = new HashSet<>();
        practices.forEach(practice -> JsonOutput.collectPeople(keys, practice.audit()));
        Map<String, Person> people = users.byKeys(keys);
        Labels labels = new Labels();
        Locale locale = messages.locale();
        return practice -> practice(practice, people, labels, locale, null, null);
    }

    /** The practice in full: also its history, oldest first, and the transitions the reader may make now. */
    public JsonObject practice(Practice practice, List<StatusChange> history, Set<PracticeTransition> transitions) {
        Set<String> keys = new HashSet<>();
        JsonOutput.collectPeople(keys, practice.audit());
        history.forEach(change -> keys.add(change.actorKey()));
        keys.remove(null);
        Map<String, Person> people = users.byKeys(keys);
        JsonArray open = Json.array();
        transitions.forEach(transition -> open.add(transition.name()));
        return practice(practice, people, new Labels(), messages.locale(), changes(history, people), open);
    }

    /** The history of a practice, oldest first. */
    public JsonArray history(List<StatusChange> history) {
        Set<String> keys = new HashSet<>();
        history.forEach(change -> keys.add(change.actorKey()));
        keys.remove(null);
        return changes(history, users.byKeys(keys));
    }

    /** Every vocabulary of a space, by the property name of its kind ({@code theme}, {@code targetGroup}). */
    public JsonObject vocabularies(Map<VocabularyKind, List<Term>> terms) {
        JsonObject json = Json.object();
        terms.forEach((kind, list) -> json.add(property(kind), terms(kind, list)));
        return json;
    }

    /**
     * The terms of one vocabulary as {key, label, retired, custom, shipped}: custom says the label is the space's
     * own (an added term, or a shipped one renamed), shipped that the app brings the term (it is retired, never
     * removed).
     */
    public JsonArray terms(VocabularyKind kind, List<Term> terms) {
        JsonArray array = Json.array();
        for (Term term : terms) {
            array.add(Json.object().add("key", term.key()).add("label", label(kind, term))
                    .add("retired", term.retired()).add("custom", term.customLabel() != null)
                    .add("shipped", kind.shippedTerms().contains(term.key())));
        }
        return array;
    }

    public JsonObject settings(String spaceKey, Optional<String> coordinatorGroup) {
        return Json.object().add("spaceKey", spaceKey).add("coordinatorGroup", text(coordinatorGroup.orElse(null)));
    }

    /** The name a reader sees: the space's own, else the shipped term's translation, else the bare key. */
    public String label(VocabularyKind kind, Term term) {
        if (term.customLabel() != null) {
            return term.customLabel();
        }
        return kind.shippedTerms().contains(term.key()) ? messages.text(kind.labelKey(term.key())) : term.key();
    }

    /** THEME is written as theme, TARGET_GROUP as targetGroup. */
    static String property(VocabularyKind kind) {
        StringBuilder name = new StringBuilder();
        for (String part : kind.slug().split("-")) {
            name.append(name.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }

    /** The country's name in the reader's language (the code itself when Java knows no name for it). */
    static String countryName(String code, Locale locale) {
        return code == null ? null : new Locale("", code).getDisplayCountry(locale);
    }

    private JsonObject practice(Practice practice, Map<String, Person> people, Labels labels, Locale locale,
                                JsonArray history, JsonArray transitions) {
        PracticeProfile profile = practice.profile();
        String space = practice.spaceKey();
        JsonArray targetGroups = Json.array();
        for (String key : profile.targetGroups()) {
            targetGroups.add(Json.object().add("key", key)
                    .add("label", labels.of(space, VocabularyKind.TARGET_GROUP, key)));
        }
        JsonArray eqfLevels = Json.array();
        profile.eqfLevels().forEach(eqfLevels::add);
        JsonObject json = Json.object()
                .add("pageId", practice.pageId())
                .add("spaceKey", space)
                .add("title", practice.title())
                .add("summary", text(profile.summary()))
                .add("institution", text(profile.institution()))
                .add("country", text(profile.country()))
                .add("countryName", text(countryName(profile.country(), locale)))
                .add("region", text(profile.region()))
                .add("theme", text(profile.theme()))
                .add("themeLabel", text(labels.of(space, VocabularyKind.THEME, profile.theme())))
                .add("targetGroups", targetGroups)
                .add("eqfLevels", eqfLevels)
                .add("sector", text(profile.sector()))
                .add("innovationType", text(profile.innovationType() == null ? null : profile.innovationType().name()))
                .add("startDate", text(profile.startDate()))
                .add("endDate", text(profile.endDate()))
                .add("ongoing", profile.ongoing())
                .add("language", text(profile.language()))
                .add("englishSummary", text(profile.englishSummary()))
                .add("status", practice.status().name())
                .add("trashed", practice.trashed());
        if (history != null) {
            json.add("history", history);
        }
        if (transitions != null) {
            json.add("transitions", transitions);
        }
        return audit(json, practice.audit(), people);
    }

    private static JsonArray changes(List<StatusChange> history, Map<String, Person> people) {
        JsonArray array = Json.array();
        for (StatusChange change : history) {
            array.add(Json.object()
                    .add("transition", change.transition().name())
                    .add("from", change.from().name())
                    .add("to", change.to().name())
                    .add("actor", person(change.actorKey(), people))
                    .add("at", change.at().toString())
                    .add("comment", text(change.comment())));
        }
        return array;
    }

    /** Term names per space and vocabulary, each vocabulary read once per writer. */
    private final class Labels {
        private final Map<String, Map<String, String>> byVocabulary = new HashMap<>();

        String of(String spaceKey, VocabularyKind kind, String key) {
            if (key == null) {
                return null;
            }
            Map<String, String> names = byVocabulary.computeIfAbsent(spaceKey + "/" + kind, ignored -> {
                Map<String, String> map = new LinkedHashMap<>();
                vocabularies.terms(spaceKey, kind).forEach(term -> map.put(term.key(), label(kind, term)));
                return map;
            });
            // a term the space has since removed still names the practice's choice by its key
            return names.getOrDefault(key, key);
        }
    }
}
