package eu.goodpractice.transfer.dashboard.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import eu.goodpractice.transfer.dashboard.DashboardFilter;
import eu.goodpractice.transfer.dashboard.DashboardService;
import eu.goodpractice.transfer.platform.MacroOutput;
import eu.goodpractice.transfer.platform.TemplateViews;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.FieldErrors;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code transfer-matrix}: practices by target country, each cell the band's colour, word and score linking to the
 * practice's assessment, with row totals (countries with a band, mean score) and column totals (assessments by
 * band). Plain server HTML: it needs no script and prints as it shows.
 */
public class TransferMatrixMacro implements Macro {
    private static final Logger LOG = LoggerFactory.getLogger(TransferMatrixMacro.class);
    static final String TEMPLATE = "templates/dashboard/transfer-matrix.vm";

    private final DashboardService service;
    private final DashboardView view;
    private final TemplateViews templates;
    private final Messages messages;

    public TransferMatrixMacro(DashboardService service, DashboardView view, TemplateViews templates,
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
        if (errors.hasErrors()) {
            throw DashboardMacroSupport.badParameters(errors, messages);
        }
        try {
            return templates.render(TEMPLATE, view.matrix(service.practices(filter),
                    MacroOutput.isInteractive(context)));
        } catch (RuntimeException e) {
            LOG.error("The transfer-matrix macro failed", e);
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
