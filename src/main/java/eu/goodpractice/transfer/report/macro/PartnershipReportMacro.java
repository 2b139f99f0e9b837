package eu.goodpractice.transfer.report.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import eu.goodpractice.transfer.platform.TemplateViews;
import eu.goodpractice.transfer.report.PartnershipReportService;
import eu.goodpractice.transfer.report.ReportRequest;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.ValidationException;
import java.io.Serializable;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code partnership-report}: every partner's figures for a period (parameters {@code spaces}, default this space,
 * "all" for every space the reader may view; {@code partner}, a country code; {@code from} and {@code to}, ISO
 * dates, default this year), as tables per partner with the totals of all, and links to the same report as CSV,
 * XLSX and JSON. Plain server HTML: it needs no script and prints as it shows.
 */
public class PartnershipReportMacro implements Macro {
    private static final Logger LOG = LoggerFactory.getLogger(PartnershipReportMacro.class);
    static final String TEMPLATE = "templates/report/partnership-report.vm";

    private final PartnershipReportService service;
    private final PartnershipReportView view;
    private final TemplateViews templates;
    private final Messages messages;

    public PartnershipReportMacro(PartnershipReportService service, PartnershipReportView view,
                                  TemplateViews templates, Messages messages) {
        this.service = service;
        this.view = view;
        this.templates = templates;
        this.messages = messages;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        ReportRequest request;
        try {
            request = ReportRequest.parse(parameters.get("spaces"), parameters.get("partner"), parameters.get("from"),
                    parameters.get("to"), service.today(), context == null ? null : context.getSpaceKey());
        } catch (ValidationException e) {
            throw new MacroExecutionException(messages.text("transfer.report.bad-parameters", details(e.errors())));
        }
        try {
            return templates.render(TEMPLATE, view.model(service.report(request)));
        } catch (RuntimeException e) {
            LOG.error("The partnership-report macro failed", e);
            throw new MacroExecutionException(messages.text("transfer.error.unexpected"));
        }
    }

    private String details(FieldErrors errors) {
        return errors.byField().entrySet().stream()
                .map(p -> p.getKey() + ": " + messages.text(p.getValue().messageKey(),
                        p.getValue().arguments().toArray(new Serializable[0])))
                .collect(Collectors.joining("; "));
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
