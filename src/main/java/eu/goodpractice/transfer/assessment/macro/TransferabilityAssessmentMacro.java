package eu.goodpractice.transfer.assessment.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.pages.Page;
import eu.goodpractice.transfer.actionplan.ActionPlanService;
import eu.goodpractice.transfer.assessment.AssessmentService;
import eu.goodpractice.transfer.assessment.CountryAssessment;
import eu.goodpractice.transfer.platform.MacroMessages;
import eu.goodpractice.transfer.platform.MacroOutput;
import eu.goodpractice.transfer.platform.TemplateViews;
import eu.goodpractice.transfer.practice.Practice;
import eu.goodpractice.transfer.practice.PracticeService;
import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.AccessPolicy;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.InputText;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code transferability-assessment}: on a practice page, the result for each target country. Parameter
 * {@code countries} (two-letter codes, comma-separated); by default the countries of the partners' action plans in
 * the space and every country already assessed, leaving out the practice's own country.
 */
public class TransferabilityAssessmentMacro implements Macro {
    private static final Logger LOG = LoggerFactory.getLogger(TransferabilityAssessmentMacro.class);
    static final String WEB_RESOURCE = "assessment-resources";

    private final AssessmentService assessments;
    private final PracticeService practices;
    private final ActionPlanService plans;
    private final TransferabilityView view;
    private final MacroMessages notices;
    private final TemplateViews templates;
    private final Messages messages;
    private final AccessPolicy access;

    public TransferabilityAssessmentMacro(AssessmentService assessments, PracticeService practices,
                                          ActionPlanService plans, TransferabilityView view, MacroMessages notices,
                                          TemplateViews templates, Messages messages, AccessPolicy access) {
        this.assessments = assessments;
        this.practices = practices;
        this.plans = plans;
        this.view = view;
        this.notices = notices;
        this.templates = templates;
        this.messages = messages;
        this.access = access;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        ContentEntityObject entity = context == null ? null : context.getEntity();
        if (!(entity instanceof Page page)) {
            return notices.info("transfer.assessment.macro.no-page");
        }
        List<String> wanted = countries(parameters.get("countries"));
        try {
            Practice practice = practices.practice(page.getId());
            // one read for every country, assessed or not, and one for all history: the page's cost stays fixed
            Map<String, CountryAssessment> all = assessments.assessments(practice.pageId(),
                    wanted.isEmpty() ? partnerCountries(practice) : wanted);
            List<CountryAssessment> shown = new ArrayList<>();
            if (wanted.isEmpty()) {
                all.forEach((code, assessment) -> {
                    if (!code.equals(practice.profile().country())) {
                        shown.add(assessment);
                    }
                });
            } else {
                wanted.forEach(code -> shown.add(all.get(code)));
            }
            return templates.render(TransferabilityView.TEMPLATE, view.page(shown, ratingForm(practice, context),
                    plans.stepsOnCriteria(practice.spaceKey(), practice.pageId()),
                    assessments.histories(practice.pageId())));
        } catch (NotFoundException e) {
            return notices.info("transfer.assessment.macro.not-practice");
        } catch (AccessDeniedException e) {
            return notices.warning("transfer.macro.no-permission");
        } catch (RuntimeException e) {
            LOG.error("The transferability-assessment macro failed", e);
            throw new MacroExecutionException(messages.text("transfer.error.unexpected"));
        }
    }

    /** The form for a partner at the screen who may edit the space; none in a printout, an e-mail or for readers. */
    private TransferabilityView.RatingForm ratingForm(Practice practice, ConversionContext context) {
        if (!MacroOutput.isInteractive(context) || !practices.canEdit(practice.spaceKey())) {
            return null;
        }
        templates.requireResource(WEB_RESOURCE);
        return new TransferabilityView.RatingForm(practice.pageId(), practice.spaceKey(),
                access.currentUserKey().orElseThrow());
    }

    /** The partners' countries: those of the action plans in the practice's space (the assessed ones come too). */
    private List<String> partnerCountries(Practice practice) {
        TreeSet<String> countries = new TreeSet<>();
        plans.allPlansInSpace(practice.spaceKey()).stream().map(summary -> summary.plan().country())
                .filter(code -> code != null && !code.isBlank()).forEach(countries::add);
        return List.copyOf(countries);
    }

    private List<String> countries(String parameter) throws MacroExecutionException {
        List<String> codes = new ArrayList<>();
        if (parameter == null || parameter.isBlank()) {
            return codes;
        }
        for (String value : parameter.split(",")) {
            FieldErrors errors = new FieldErrors();
            String code = InputText.country(errors, "countries", value, false);
            if (errors.hasErrors()) {
                throw new MacroExecutionException(messages.text("transfer.validation.country", value.strip()));
            }
            if (code != null && !codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
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
