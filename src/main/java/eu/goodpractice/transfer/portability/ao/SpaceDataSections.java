package eu.goodpractice.transfer.portability.ao;

import eu.goodpractice.transfer.actionplan.AnchoringLevel;
import eu.goodpractice.transfer.actionplan.StepPriority;
import eu.goodpractice.transfer.actionplan.StepStatus;
import eu.goodpractice.transfer.actionplan.ao.AoActionPlan;
import eu.goodpractice.transfer.actionplan.ao.AoActionStep;
import eu.goodpractice.transfer.assessment.Band;
import eu.goodpractice.transfer.assessment.ao.AoAssessmentVersion;
import eu.goodpractice.transfer.assessment.ao.AoCriteriaSetCopy;
import eu.goodpractice.transfer.assessment.ao.AoRating;
import eu.goodpractice.transfer.assessment.ao.AoRatingChange;
import eu.goodpractice.transfer.assessment.ao.AoResultSummary;
import eu.goodpractice.transfer.engagement.DisseminationType;
import eu.goodpractice.transfer.engagement.EngagementFormat;
import eu.goodpractice.transfer.engagement.LinkReason;
import eu.goodpractice.transfer.engagement.LinkStatus;
import eu.goodpractice.transfer.engagement.ResultCategory;
import eu.goodpractice.transfer.engagement.StakeholderLevel;
import eu.goodpractice.transfer.engagement.StakeholderType;
import eu.goodpractice.transfer.engagement.ao.AoDissemination;
import eu.goodpractice.transfer.engagement.ao.AoEngagement;
import eu.goodpractice.transfer.engagement.ao.AoStakeholder;
import eu.goodpractice.transfer.portability.ao.Section.Reference;
import eu.goodpractice.transfer.portability.ao.Section.Scope;
import eu.goodpractice.transfer.practice.InnovationType;
import eu.goodpractice.transfer.practice.PracticeStatus;
import eu.goodpractice.transfer.practice.PracticeTransition;
import eu.goodpractice.transfer.practice.ao.AoPractice;
import eu.goodpractice.transfer.practice.ao.AoPracticeLabel;
import eu.goodpractice.transfer.practice.ao.AoSpaceSetting;
import eu.goodpractice.transfer.practice.ao.AoStatusChange;
import eu.goodpractice.transfer.practice.ao.AoVocabularyTerm;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every table that holds a space's app data, in the order an import writes them (a record only refers to records
 * of earlier sections). Left out on purpose: reminder preferences and the reminder log (per user, not per space)
 * and the write-lock rows (a technical device, made again on the first write).
 */
final class SpaceDataSections {
    static final List<Section> ALL = List.of(
            new Section("practices", AoPractice.class, Scope.SPACE, List.of("pageId"),
                    Map.of("pageId", Reference.ownPage())),
            new Section("practiceLabels", AoPracticeLabel.class, Scope.PAGES, List.of("pageId", "labelName"),
                    Map.of("pageId", Reference.ownPage())),
            new Section("statusChanges", AoStatusChange.class, Scope.PAGES, List.of(),
                    Map.of("pageId", Reference.ownPage())),
            new Section("vocabularyTerms", AoVocabularyTerm.class, Scope.SPACE, List.of("kind", "termKey"), Map.of()),
            new Section("spaceSettings", AoSpaceSetting.class, Scope.SPACE, List.of("name"), Map.of()),
            new Section("criteriaSets", AoCriteriaSetCopy.class, Scope.SPACE, List.of("setVersion"), Map.of()),
            new Section("assessmentStates", AoAssessmentVersion.class, Scope.PAGES, List.of("pageId", "country"),
                    Map.of("pageId", Reference.ownPage())),
            new Section("ratings", AoRating.class, Scope.PAGES,
                    List.of("pageId", "country", "criterionKey", "assessorKey"), Map.of("pageId", Reference.ownPage())),
            new Section("ratingChanges", AoRatingChange.class, Scope.PAGES, List.of(),
                    Map.of("pageId", Reference.ownPage())),
            new Section("assessmentResults", AoResultSummary.class, Scope.SPACE, List.of("pageId", "country"),
                    Map.of("pageId", Reference.ownPage())),
            new Section("actionPlans", AoActionPlan.class, Scope.SPACE, List.of("institutionKey"), Map.of()),
            new Section("actionSteps", AoActionStep.class, Scope.PLANS, List.of(),
                    Map.of("planId", Reference.row("actionPlans"), "practicePageId", Reference.page())),
            new Section("stakeholders", AoStakeholder.class, Scope.SPACE, List.of(), Map.of()),
            new Section("engagements", AoEngagement.class, Scope.SPACE, List.of(),
                    Map.of("stakeholderIds", Reference.rows("stakeholders"), "practicePageIds", Reference.pages(),
                            "actionStepIds", Reference.rows("actionSteps"))),
            new Section("dissemination", AoDissemination.class, Scope.SPACE, List.of(),
                    Map.of("practicePageIds", Reference.pages())));

    /**
     * The coded columns of each section and the codes they may hold: the app reads them back as its enums, so a file
     * with any other value (or a value of a later version) is refused at that field rather than stored to fail later.
     */
    private static final Map<String, Map<String, Set<String>>> CODES = Map.of(
            "practices", Map.of("status", codes(PracticeStatus.class), "innovationType", codes(InnovationType.class)),
            "statusChanges", Map.of("fromStatus", codes(PracticeStatus.class), "toStatus", codes(PracticeStatus.class),
                    "transition", codes(PracticeTransition.class)),
            "assessmentResults", Map.of("band", codes(Band.class)),
            "actionSteps", Map.of("status", codes(StepStatus.class), "priority", codes(StepPriority.class),
                    "anchoring", codes(AnchoringLevel.class)),
            "stakeholders", Map.of("orgType", codes(StakeholderType.class), "reach", codes(StakeholderLevel.class)),
            "engagements", Map.of("format", codes(EngagementFormat.class)),
            "dissemination", Map.of("activityType", codes(DisseminationType.class),
                    "category", codes(ResultCategory.class), "linkStatus", codes(LinkStatus.class),
                    "linkReason", codes(LinkReason.class)));

    private SpaceDataSections() {
    }

    /** The codes a property of a section may hold, or null when it holds free values. */
    static Set<String> codes(String section, String property) {
        return CODES.getOrDefault(section, Map.of()).get(property);
    }

    private static Set<String> codes(Class<? extends Enum<?>> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    static Section named(String name) {
        return ALL.stream().filter(section -> section.name().equals(name)).findFirst().orElse(null);
    }
}
