package eu.goodpractice.transfer.engagement.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import eu.goodpractice.transfer.platform.MacroMessages;
import eu.goodpractice.transfer.platform.MacroOutput;
import eu.goodpractice.transfer.platform.TemplateViews;
import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.Messages;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code dissemination-log}: a space's dissemination activities with totals by type and country. Parameter:
 * {@code space} (default: the page's space).
 */
public class DisseminationLogMacro implements Macro {
    private static final Logger LOG = LoggerFactory.getLogger(DisseminationLogMacro.class);

    private final DisseminationLogRenderer renderer;
    private final MacroMessages notices;
    private final TemplateViews templates;
    private final Messages messages;

    public DisseminationLogMacro(DisseminationLogRenderer renderer, MacroMessages notices, TemplateViews templates,
                                 Messages messages) {
        this.renderer = renderer;
        this.notices = notices;
        this.templates = templates;
        this.messages = messages;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        String space = parameters.get("space");
        String spaceKey = space != null && !space.isBlank() ? space.strip()
                : context == null ? null : context.getSpaceKey();
        if (spaceKey == null) {
            throw new MacroExecutionException(messages.text("transfer.dissemination.macro.no-space"));
        }
        try {
            boolean interactive = MacroOutput.isInteractive(context);
            String html = renderer.render(spaceKey, interactive);
            if (interactive) {
                templates.requireResource(DisseminationLogRenderer.WEB_RESOURCE);
            }
            return html;
        } catch (AccessDeniedException e) {
            return notices.warning("transfer.macro.no-permission");
        } catch (RuntimeException e) {
            // the page still renders; the reader gets a plain message, the administrator the details
            LOG.error("The dissemination-log macro failed", e);
            throw new MacroExecutionException(messages.text("transfer.error.unexpected"));
        }
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
