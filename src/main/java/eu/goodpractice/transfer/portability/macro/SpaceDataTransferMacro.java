package eu.goodpractice.transfer.portability.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import eu.goodpractice.transfer.platform.HostLinks;
import eu.goodpractice.transfer.platform.MacroMessages;
import eu.goodpractice.transfer.platform.MacroOutput;
import eu.goodpractice.transfer.platform.TemplateViews;
import eu.goodpractice.transfer.portability.SpaceDataService;
import eu.goodpractice.transfer.shared.Html;
import eu.goodpractice.transfer.shared.Messages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code space-data-transfer}: for the space's administrators, a link that downloads the space's app data file
 * and, in the browser, a form that checks a file (a dry run) and then imports it; everyone else gets the
 * no-permission message. Without script the page says how to import over REST.
 */
public class SpaceDataTransferMacro implements Macro {
    private static final Logger LOG = LoggerFactory.getLogger(SpaceDataTransferMacro.class);
    static final String TEMPLATE = "templates/portability/space-data-transfer.vm";
    static final String WEB_RESOURCE = "space-data-resources";
    static final List<String> SCRIPT_TEXT_KEYS = List.of("transfer.portability.macro.file",
            "transfer.portability.macro.check", "transfer.portability.macro.checking",
            "transfer.portability.macro.checked", "transfer.portability.macro.import",
            "transfer.portability.macro.importing", "transfer.portability.macro.imported",
            "transfer.portability.macro.choose-file", "transfer.portability.macro.not-json",
            "transfer.portability.macro.missing-pages", "transfer.portability.macro.failed");

    private final SpaceDataService service;
    private final MacroMessages notices;
    private final TemplateViews templates;
    private final Messages messages;
    private final HostLinks links;

    public SpaceDataTransferMacro(SpaceDataService service, MacroMessages notices, TemplateViews templates,
                                  Messages messages, HostLinks links) {
        this.service = service;
        this.notices = notices;
        this.templates = templates;
        this.messages = messages;
        this.links = links;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        String spaceKey = context == null ? null : context.getSpaceKey();
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new MacroExecutionException(messages.text("transfer.portability.macro.missing-space"));
        }
        try {
            if (!service.canTransfer(spaceKey)) {
                return notices.warning("transfer.macro.no-permission");
            }
            boolean editable = MacroOutput.isInteractive(context);
            if (editable) {
                templates.requireResource(WEB_RESOURCE);
            }
            return templates.render(TEMPLATE, model(spaceKey, editable));
        } catch (RuntimeException e) {
            LOG.error("The space-data-transfer macro failed", e);
            throw new MacroExecutionException(messages.text("transfer.error.unexpected"));
        }
    }

    private Map<String, Object> model(String spaceKey, boolean editable) {
        String spacePath = links.restBase() + "/spaces/" + URLEncoder.encode(spaceKey, StandardCharsets.UTF_8);
        Map<String, Object> model = new HashMap<>();
        model.put("headingHtml", text("transfer.portability.macro.heading"));
        model.put("introHtml", text("transfer.portability.macro.intro"));
        model.put("downloadHtml", text("transfer.portability.macro.download"));
        model.put("exportUrlHtml", Html.escape(spacePath + "/data-export"));
        model.put("importHeadingHtml", text("transfer.portability.macro.import-heading"));
        model.put("importIntroHtml", text("transfer.portability.macro.import-intro"));
        model.put("importUrlHtml", Html.escape(spacePath + "/data-import"));
        model.put("editable", editable);
        model.put("restBaseHtml", Html.escape(links.restBase()));
        model.put("spaceKeyHtml", Html.escape(spaceKey));
        JsonObject texts = Json.object();
        messages.texts(SCRIPT_TEXT_KEYS).forEach(texts::add);
        model.put("scriptTextHtml", Html.escape(texts.toString()));
        return model;
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
