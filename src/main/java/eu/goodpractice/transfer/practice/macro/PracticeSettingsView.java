package eu.goodpractice.transfer.practice.macro;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import eu.goodpractice.transfer.platform.HostLinks;
import eu.goodpractice.transfer.practice.Term;
import eu.goodpractice.transfer.practice.VocabularyKind;
import eu.goodpractice.transfer.shared.Html;
import eu.goodpractice.transfer.shared.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds what the settings template shows; strings are escaped and their keys end in "Html". */
public class PracticeSettingsView {
    static final List<String> SCRIPT_TEXT_KEYS = List.of("transfer.practice.settings.js.edit",
            "transfer.practice.settings.js.add", "transfer.practice.settings.js.retire",
            "transfer.practice.settings.js.new-term", "transfer.practice.settings.js.group",
            "transfer.practice.settings.term", "transfer.practice.js.save", "transfer.practice.js.cancel",
            "transfer.practice.js.saving", "transfer.practice.js.saved", "transfer.practice.js.failed",
            "transfer.practice.js.invalid", "transfer.practice.criteria.js.adjust",
            "transfer.practice.criteria.js.add", "transfer.practice.criteria.js.key",
            "transfer.practice.criteria.js.conflict", "transfer.practice.criteria.dimension",
            "transfer.practice.criteria.question", "transfer.practice.criteria.weight");

    private final Messages messages;
    private final HostLinks links;

    public PracticeSettingsView(Messages messages, HostLinks links) {
        this.messages = messages;
        this.links = links;
    }

    public Map<String, Object> settings(String spaceKey, String coordinatorGroup, List<Term> themes,
                                        List<Term> targetGroups, boolean editable) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("spaceKeyHtml", Html.escape(spaceKey));
        model.put("groupHtml", Html.escape(coordinatorGroup));
        model.put("vocabularies", List.of(vocabulary(VocabularyKind.THEME, "transfer.practice.settings.themes", themes),
                vocabulary(VocabularyKind.TARGET_GROUP, "transfer.practice.settings.target-groups", targetGroups)));
        Map<String, String> text = new LinkedHashMap<>();
        for (String[] entry : new String[][] {{"headingHtml", "transfer.practice.settings.heading"},
                {"coordinatorsHtml", "transfer.practice.settings.coordinators"},
                {"explainedHtml", "transfer.practice.settings.coordinators-explained"},
                {"noGroupHtml", "transfer.practice.settings.no-group"},
                {"termHtml", "transfer.practice.settings.term"}, {"keyHtml", "transfer.practice.settings.key"},
                {"stateHtml", "transfer.practice.settings.state"}}) {
            text.put(entry[0], Html.escape(messages.text(entry[1])));
        }
        model.put("text", text);
        model.put("editable", editable);
        model.put("restBaseHtml", Html.escape(links.restBase()));
        JsonObject texts = Json.object();
        messages.texts(SCRIPT_TEXT_KEYS).forEach(texts::add);
        model.put("scriptTextHtml", Html.escape(texts.toString()));
        return model;
    }

    private Map<String, Object> vocabulary(VocabularyKind kind, String headingKey, List<Term> terms) {
        PracticeLabels labels = new PracticeLabels(messages);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("kind", kind.slug());
        model.put("headingHtml", Html.escape(messages.text(headingKey)));
        model.put("terms", terms.stream().map(term -> Map.<String, Object>of(
                "keyHtml", Html.escape(term.key()),
                "labelHtml", Html.escape(labels.term(kind, term.key(), terms)),
                "customLabelHtml", Html.escape(term.customLabel()),
                "retired", term.retired(),
                "stateHtml", Html.escape(messages.text(term.retired() ? "transfer.practice.settings.retired"
                        : "transfer.practice.settings.active")))).toList());
        return model;
    }
}
