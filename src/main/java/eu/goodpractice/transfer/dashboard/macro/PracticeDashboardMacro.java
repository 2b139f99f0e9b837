package eu.goodpractice.transfer.dashboard.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import eu.goodpractice.transfer.dashboard.DashboardFilter;
import eu.goodpractice.transfer.dashboard.DashboardResult;
import eu.goodpractice.transfer.dashboard.DashboardService;
import eu.goodpractice.transfer.platform.MacroOutput;
import eu.goodpractice.transfer.platform.TemplateViews;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.FieldErrors;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code practice-dashboard}: the coordinators' table of practices across spaces with summary counts. The first
 * page is complete HTML (PDF and Word exports read it as it is); in the browser the script
 * ({@code dashboard-resources}) adds filters, sorting and paging through the REST API and keeps them in the URL.
 */
public class PracticeDashboardMacro implements Macro {
    private static final Logger LOG = LoggerFactory.getLogger(PracticeDashboardMacro.class);
    static final String TEMPLATE = "templates/dashboard/practice-dashboard.vm";

    private final DashboardService service;
    private final DashboardView view;
    private final TemplateViews templates;
    private final Messages messages;

    public PracticeDashboardMacro(DashboardService service, DashboardView view, TemplateViews templates,
                                  Messages messages) {
        this.service = service;
        this.view = view;
        this.templates = templates;
        this.messages = messages;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        FieldErrors errors = new FieldErrors();
        DashboardFilter filter = DashboardMacroParameters.filter(parameters, context, errors);
        List<String> columns = DashboardMacroParameters.columns(parameters.get("columns"), errors);
        if (errors.hasErrors()) {
            throw DashboardMacroSupport.badParameters(errors, messages);
        }
        try {
            DashboardResult result = service.practices(filter);
            boolean interactive = MacroOutput.isInteractive(context);
            if (interactive) {
                templates.requireResource("dashboard-resources");
            }
            return templates.render(TEMPLATE, view.dashboard(result, columns, interactive));
        } catch (RuntimeException e) {
            LOG.error("The practice-dashboard macro failed", e);
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
