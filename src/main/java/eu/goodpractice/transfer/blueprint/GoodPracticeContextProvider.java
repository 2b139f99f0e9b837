package eu.goodpractice.transfer.blueprint;

import com.atlassian.plugin.web.ContextProvider;
import eu.goodpractice.transfer.practice.PracticeDraft;
import eu.goodpractice.transfer.practice.PracticeInput;
import eu.goodpractice.transfer.practice.PracticeProfile;
import eu.goodpractice.transfer.practice.PracticeRules;
import eu.goodpractice.transfer.shared.Html;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.ValidationException;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The "Good practice" blueprint: checks the create dialog's answers with the registry's own rules (the same as the
 * REST API and the profile macro apply), hands them to the template for the practice-profile macro's parameters,
 * and translates the section headings and guidance.
 */
public class GoodPracticeContextProvider implements ContextProvider {
    /** Variable name, i18n key: the template's headings and guidance, in page order. */
    static final Map<String, String> TEXTS = PageVariables.keysByVariable(
            "headingSummary", "transfer.blueprint.good-practice.heading.summary",
            "guidanceSummary", "transfer.blueprint.good-practice.guidance.summary",
            "headingContext", "transfer.blueprint.good-practice.heading.context",
            "guidanceContext", "transfer.blueprint.good-practice.guidance.context",
            "headingObjectives", "transfer.blueprint.good-practice.heading.objectives",
            "guidanceObjectives", "transfer.blueprint.good-practice.guidance.objectives",
            "headingTargetGroups", "transfer.blueprint.good-practice.heading.target-groups",
            "guidanceTargetGroups", "transfer.blueprint.good-practice.guidance.target-groups",
            "headingImplementation", "transfer.blueprint.good-practice.heading.implementation",
            "guidanceImplementation", "transfer.blueprint.good-practice.guidance.implementation",
            "headingDigital", "transfer.blueprint.good-practice.heading.digital",
            "guidanceDigital", "transfer.blueprint.good-practice.guidance.digital",
            "headingResources", "transfer.blueprint.good-practice.heading.resources",
            "guidanceResources", "transfer.blueprint.good-practice.guidance.resources",
            "headingTimescale", "transfer.blueprint.good-practice.heading.timescale",
            "guidanceTimescale", "transfer.blueprint.good-practice.guidance.timescale",
            "headingEvidence", "transfer.blueprint.good-practice.heading.evidence",
            "guidanceEvidence", "transfer.blueprint.good-practice.guidance.evidence",
            "headingLessons", "transfer.blueprint.good-practice.heading.lessons",
            "guidanceLessons", "transfer.blueprint.good-practice.guidance.lessons",
            "headingSustainability", "transfer.blueprint.good-practice.heading.sustainability",
            "guidanceSustainability", "transfer.blueprint.good-practice.guidance.sustainability",
            "headingTransferPotential", "transfer.blueprint.good-practice.heading.transfer-potential",
            "guidanceTransferPotential", "transfer.blueprint.good-practice.guidance.transfer-potential",
            "headingAnchoring", "transfer.blueprint.good-practice.heading.anchoring",
            "guidanceAnchoring", "transfer.blueprint.good-practice.guidance.anchoring",
            "headingStakeholders", "transfer.blueprint.good-practice.heading.stakeholders",
            "guidanceStakeholders", "transfer.blueprint.good-practice.guidance.stakeholders",
            "headingContact", "transfer.blueprint.good-practice.heading.contact",
            "guidanceContact", "transfer.blueprint.good-practice.guidance.contact",
            "headingTransferability", "transfer.blueprint.good-practice.heading.transferability",
            "guidanceTransferability", "transfer.blueprint.good-practice.guidance.transferability");

    private static final String ENGLISH_HEADING = "transfer.blueprint.good-practice.heading.english-summary";
    private static final String ENGLISH_GUIDANCE = "transfer.blueprint.good-practice.guidance.english-summary";

    private final PracticeRules rules;
    private final Messages messages;

    public GoodPracticeContextProvider(PracticeRules rules, Messages messages) {
        this.rules = rules;
        this.messages = messages;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters: everything comes from the create dialog
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        WizardAnswers answers = new WizardAnswers(context);
        PracticeDraft draft = validated(answers);
        PracticeProfile profile = draft.profile();
        PageVariables page = new PageVariables(context, messages)
                .title(draft.title())
                .value("institution", profile.institution())
                .value("country", profile.country())
                .value("theme", profile.theme())
                .value("targetGroups", String.join(",", profile.targetGroups()))
                .value("eqfLevels", profile.eqfLevels().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .value("sector", profile.sector())
                .value("summary", profile.summary())
                .value("language", profile.language())
                .texts(TEXTS);
        return page.markup("englishSummarySection", englishSummarySection(page, profile.language())).map();
    }

    private PracticeDraft validated(WizardAnswers answers) {
        PracticeInput input = new PracticeInput(answers.text("title"), answers.text("summary"),
                answers.text("institution"), answers.text("country"), null, answers.text("theme"),
                answers.list("targetgroups"), answers.list("eqflevels"), answers.text("sector"), null, null, null,
                null, answers.text("language"), null, null, null);
        try {
            return rules.validate(answers.spaceKey(), input, PracticeRules.Mode.WIZARD);
        } catch (ValidationException e) {
            throw WizardInputException.of(e.errors(), messages);
        }
    }

    /**
     * Partners read practices in English: a page in another language gets a section for an English summary, which
     * the registry asks for before review. A template cannot leave a section out, so the section comes as markup,
     * built from translated text only.
     */
    private static String englishSummarySection(PageVariables page, String language) {
        if (language == null || "en".equals(language)) {
            return "";
        }
        return "<h2>" + Html.escape(page.text(ENGLISH_HEADING)) + "</h2><p><ac:placeholder>"
                + Html.escape(page.text(ENGLISH_GUIDANCE)) + "</ac:placeholder></p>";
    }
}
