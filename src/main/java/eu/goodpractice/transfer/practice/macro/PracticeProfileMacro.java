package eu.goodpractice.transfer.practice.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.pages.Page;
import eu.goodpractice.transfer.platform.MacroMessages;
import eu.goodpractice.transfer.platform.MacroOutput;
import eu.goodpractice.transfer.platform.TemplateViews;
import eu.goodpractice.transfer.practice.Practice;
import eu.goodpractice.transfer.practice.PracticeInput;
import eu.goodpractice.transfer.practice.PracticeService;
import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.Messages;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code practice-profile}: the card with a practice's facts, status and history at the top of its page. A page
 * that carries the macro but is not registered yet is registered when an editor first views it, with the macro's
 * parameters (as the blueprint writes them) as the first facts.
 */
public class PracticeProfileMacro implements Macro {
    private static final Logger LOG = LoggerFactory.getLogger(PracticeProfileMacro.class);
    static final String WEB_RESOURCE = "practice-profile-resources";

    private final PracticeService service;
    private final PracticeProfileView view;
    private final MacroMessages notices;
    private final TemplateViews templates;
    private final Messages messages;

    public PracticeProfileMacro(PracticeService service, PracticeProfileView view, MacroMessages notices,
                                TemplateViews templates, Messages messages) {
        this.service = service;
        this.view = view;
        this.notices = notices;
        this.templates = templates;
        this.messages = messages;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        ContentEntityObject entity = context == null ? null : context.getEntity();
        if (!(entity instanceof Page page)) {
            return notices.info("transfer.practice.macro.no-page");
        }
        try {
            Optional<Practice> practice = service.find(page.getId());
            if (practice.isEmpty() && service.canEdit(page.getSpaceKey())) {
                practice = Optional.of(service.register(page.getId(), page.getSpaceKey(), page.getTitle(),
                        PracticeInput.fromMacroParameters(parameters)));
            }
            if (practice.isEmpty()) {
                return notices.info("transfer.practice.macro.not-registered");
            }
            Practice shown = practice.get();
            boolean interactive = MacroOutput.isInteractive(context);
            boolean editable = interactive && service.canEdit(shown.spaceKey());
            if (interactive) {
                templates.requireResource(WEB_RESOURCE);
            }
            // next steps are for the person at the screen, not for a printout or an e-mail
            return templates.render(PracticeProfileView.TEMPLATE, view.card(shown, service.history(shown.pageId()),
                    interactive ? service.availableTransitions(shown) : java.util.Set.of(), editable));
        } catch (AccessDeniedException e) {
            return notices.warning("transfer.macro.no-permission");
        } catch (RuntimeException e) {
            LOG.error("The practice-profile macro failed", e);
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
