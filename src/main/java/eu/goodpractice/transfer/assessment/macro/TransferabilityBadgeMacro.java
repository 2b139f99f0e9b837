package eu.goodpractice.transfer.assessment.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import eu.goodpractice.transfer.assessment.AssessmentService;
import eu.goodpractice.transfer.assessment.CountryAssessment;
import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.Html;
import eu.goodpractice.transfer.shared.InputText;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.NotFoundException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code transferability-badge}: one practice's band and score for one country, or for its best or worst assessed
 * country, as a small inline label (the band in words, never colour alone). Parameters {@code practice} (page id,
 * default this page) and {@code country} (code, "best" or "worst").
 */
public class TransferabilityBadgeMacro implements Macro {
    private final AssessmentService assessments;
    private final Messages messages;

    public TransferabilityBadgeMacro(AssessmentService assessments, Messages messages) {
        this.assessments = assessments;
        this.messages = messages;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        long pageId = pageId(parameters.get("practice"), context);
        String wanted = Optional.ofNullable(parameters.get("country")).map(String::strip).orElse("best")
                .toLowerCase(Locale.ROOT);
        try {
            Optional<CountryAssessment> shown = switch (wanted) {
                case "best", "worst" -> ranked(pageId, wanted.equals("best"));
                default -> Optional.of(assessments.assessment(pageId, country(wanted)));
            };
            return shown.filter(a -> a.result().isComplete()).map(this::badge)
                    .orElseGet(() -> span("incomplete", messages.text("transfer.assessment.badge.none",
                            shown.map(CountryAssessment::country).orElse("\u2013"))));
        } catch (NotFoundException | AccessDeniedException e) {
            return span("incomplete", messages.text("transfer.assessment.badge.none", "\u2013"));
        }
    }

    private String badge(CountryAssessment assessment) {
        var band = assessment.result().band().orElseThrow();
        return span(AssessmentLabels.slug(band), messages.text("transfer.assessment.badge", assessment.country(),
                messages.text(AssessmentLabels.band(band)), assessment.result().overall()));
    }

    private Optional<CountryAssessment> ranked(long pageId, boolean best) {
        Comparator<CountryAssessment> byScore = Comparator.comparing(a -> a.result().overall());
        return assessments.assessments(pageId).values().stream().filter(a -> a.result().isComplete())
                .max(best ? byScore : byScore.reversed());
    }

    private String country(String value) throws MacroExecutionException {
        FieldErrors errors = new FieldErrors();
        String code = InputText.country(errors, "country", value, true);
        if (errors.hasErrors()) {
            throw new MacroExecutionException(messages.text("transfer.assessment.badge.bad-country", value));
        }
        return code;
    }

    private long pageId(String parameter, ConversionContext context) throws MacroExecutionException {
        if (parameter != null && !parameter.isBlank()) {
            try {
                return Long.parseLong(parameter.strip());
            } catch (NumberFormatException e) {
                throw new MacroExecutionException(messages.text("transfer.validation.number", parameter));
            }
        }
        if (context == null || context.getEntity() == null) {
            throw new MacroExecutionException(messages.text("transfer.assessment.macro.no-page"));
        }
        return context.getEntity().getId();
    }

    private static String span(String bandSlug, String text) {
        return "<span class=\"gpt-band gpt-band--" + bandSlug + "\">" + Html.escape(text) + "</span>";
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.INLINE;
    }
}
