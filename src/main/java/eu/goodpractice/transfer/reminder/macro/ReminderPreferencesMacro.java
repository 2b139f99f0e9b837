package eu.goodpractice.transfer.reminder.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import eu.goodpractice.transfer.platform.HostLinks;
import eu.goodpractice.transfer.platform.MacroMessages;
import eu.goodpractice.transfer.platform.MacroOutput;
import eu.goodpractice.transfer.platform.TemplateViews;
import eu.goodpractice.transfer.reminder.ReminderPreferences;
import eu.goodpractice.transfer.reminder.ReminderPreferencesService;
import eu.goodpractice.transfer.shared.Html;
import eu.goodpractice.transfer.shared.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code reminder-preferences}: the reader's own reminder choices, in words on every output (PDF too); in the
 * browser the script turns them into two checkboxes saved over REST. Anonymous readers are asked to log in.
 */
public class ReminderPreferencesMacro implements Macro {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderPreferencesMacro.class);
    static final String TEMPLATE = "templates/reminder/reminder-preferences.vm";
    static final String WEB_RESOURCE = "reminder-preferences-resources";
    static final List<String> SCRIPT_TEXT_KEYS = List.of("transfer.reminder.preferences.save",
            "transfer.reminder.preferences.saving", "transfer.reminder.preferences.saved",
            "transfer.reminder.preferences.failed");

    private final ReminderPreferencesService preferences;
    private final MacroMessages notices;
    private final TemplateViews templates;
    private final Messages messages;
    private final HostLinks links;

    public ReminderPreferencesMacro(ReminderPreferencesService preferences, MacroMessages notices,
                                    TemplateViews templates, Messages messages, HostLinks links) {
        this.preferences = preferences;
        this.notices = notices;
        this.templates = templates;
        this.messages = messages;
        this.links = links;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        if (!preferences.hasUser()) {
            return notices.info("transfer.reminder.preferences.login");
        }
        try {
            ReminderPreferences mine = preferences.mine();
            boolean editable = MacroOutput.isInteractive(context);
            if (editable) {
                templates.requireResource(WEB_RESOURCE);
            }
            return templates.render(TEMPLATE, model(mine, editable));
        } catch (RuntimeException e) {
            LOG.error("The reminder-preferences macro failed", e);
            throw new MacroExecutionException(messages.text("transfer.error.unexpected"));
        }
    }

    private Map<String, Object> model(ReminderPreferences mine, boolean editable) {
        Map<String, Object> model = new HashMap<>();
        model.put("headingHtml", text("transfer.reminder.preferences.heading"));
        model.put("introHtml", text("transfer.reminder.preferences.intro"));
        model.put("choices", List.of(
                choice("dailyDigest", "transfer.reminder.preferences.daily", mine.dailyDigest()),
                choice("weeklySummary", "transfer.reminder.preferences.weekly", mine.weeklySummary())));
        model.put("saveHtml", text("transfer.reminder.preferences.save"));
        model.put("editable", editable);
        model.put("restBaseHtml", Html.escape(links.restBase()));
        JsonObject texts = Json.object();
        messages.texts(SCRIPT_TEXT_KEYS).forEach(texts::add);
        model.put("scriptTextHtml", Html.escape(texts.toString()));
        return model;
    }

    private Map<String, Object> choice(String field, String labelKey, boolean on) {
        Map<String, Object> choice = new HashMap<>();
        choice.put("field", field);
        choice.put("labelHtml", text(labelKey));
        choice.put("on", on);
        choice.put("stateHtml", text(on ? "transfer.reminder.preferences.on" : "transfer.reminder.preferences.off"));
        return choice;
    }

    private String text(String key) {
        return Html.escape(messages.text(key));
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
