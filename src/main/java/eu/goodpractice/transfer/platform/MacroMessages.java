package eu.goodpractice.transfer.platform;

import eu.goodpractice.transfer.shared.Html;
import eu.goodpractice.transfer.shared.Messages;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** A short notice in place of a macro's content (nothing to show, no access), in the user's language. */
public class MacroMessages {
    static final String TEMPLATE = "templates/common/message.vm";

    private final TemplateViews templates;
    private final Messages messages;

    public MacroMessages(TemplateViews templates, Messages messages) {
        this.templates = templates;
        this.messages = messages;
    }

    public String info(String key, Serializable... arguments) {
        return render("info", key, arguments);
    }

    public String warning(String key, Serializable... arguments) {
        return render("warning", key, arguments);
    }

    private String render(String kind, String key, Serializable... arguments) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("kind", kind);
        model.put("messageHtml", Html.escape(messages.text(key, arguments)));
        return templates.render(TEMPLATE, model);
    }
}
