package eu.goodpractice.transfer.workbench;

import eu.goodpractice.transfer.assessment.AssessmentService;
import eu.goodpractice.transfer.assessment.Criterion;
import eu.goodpractice.transfer.assessment.RatingInput;
import eu.goodpractice.transfer.workbench.host.StandInConfluence;
import java.util.ArrayList;
import java.util.List;

/**
 * Transferability assessments for most sample practices: each is rated for two target countries, by the target
 * country's partner and one or two others, through the app's own service. The ratings are fixed (no randomness), so
 * every start shows the same bands, and chosen so that the workbench shows each kind of result: a practice ready to
 * transfer, ones that need adaptation or groundwork, an incomplete assessment, and divergent ratings.
 */
final class SampleAssessments {

    /** One practice assessed for one country: who rates, and the score level the ratings lean to per assessor. */
    private record Plan(long page, String country, List<String> assessors, int[] levels, int coverage) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan(1101, "PL", List.of("editor-pl", "editor-it", "coordinator"), new int[] {4, 4, 5}, 100),
            new Plan(1101, "FR", List.of("editor-fr", "editor-nl"), new int[] {3, 4}, 100),
            new Plan(1102, "DE", List.of("editor-de", "editor-fi"), new int[] {4, 2}, 100),
            new Plan(1103, "ES", List.of("editor-es", "editor-de"), new int[] {3, 3}, 100),
            new Plan(1103, "NL", List.of("editor-nl"), new int[] {2}, 40),
            new Plan(1104, "IT", List.of("editor-it", "editor-fr"), new int[] {2, 3}, 100),
            new Plan(1105, "FI", List.of("editor-fi", "editor-de"), new int[] {3, 4}, 100),
            new Plan(1106, "DE", List.of("editor-de", "editor-pl", "coordinator"), new int[] {5, 4, 4}, 100));

    /** Offsets per criterion, so dimensions differ and some criteria stand out as strengths or barriers. */
    private static final int[] SHAPE = {1, 0, 0, -1, 0, 0, 1, -1, 0, 0, 1, 0, -1, 0, 0, -2, 0, -1, 0, 1};

    private SampleAssessments() {
    }

    static void seed(AssessmentService service, StandInConfluence confluence) {
        for (Plan plan : PLANS) {
            for (int a = 0; a < plan.assessors().size(); a++) {
                String assessor = plan.assessors().get(a);
                confluence.logIn(assessor);
                try {
                    int version = service.assessment(plan.page(), plan.country()).version();
                    service.rate(plan.page(), plan.country(), ratings(service, plan, a), String.valueOf(version));
                } finally {
                    confluence.logOut();
                }
            }
        }
    }

    private static List<RatingInput> ratings(AssessmentService service, Plan plan, int assessor) {
        String space = SampleData.SPACE;
        List<Criterion> criteria = service.criteriaSet(space).activeCriteria();
        int rated = criteria.size() * plan.coverage() / 100;
        List<RatingInput> ratings = new ArrayList<>();
        for (int i = 0; i < rated; i++) {
            Criterion criterion = criteria.get(i);
            String value;
            if (i == 9 && assessor == 1) {
                value = "DK"; // a partner who cannot judge the target country's needs
            } else if (i == 18 && plan.country().equals("DE")) {
                value = "NA"; // language fit does not apply between German-speaking partners' materials
            } else {
                value = String.valueOf(clamp(plan.levels()[assessor] + SHAPE[i % SHAPE.length]));
            }
            boolean score = value.length() == 1 && Character.isDigit(value.charAt(0));
            ratings.add(new RatingInput(criterion.key(), value, score ? rationale(plan, value) : null,
                    i % 5 == 0 && score ? "https://www.cedefop.europa.eu/en/tools/vet-in-europe" : null));
        }
        return ratings;
    }

    private static String rationale(Plan plan, String value) {
        return switch (value) {
            case "5" -> "Already in place in " + plan.country() + "; partners confirmed it in the site visit.";
            case "4" -> "Largely given in " + plan.country() + "; small adjustments needed.";
            case "3" -> "Partly given; depends on the regional authority's decision.";
            case "2" -> "Weak in " + plan.country() + "; would need groundwork with chambers and schools.";
            default -> "Missing in " + plan.country() + " at present.";
        };
    }

    private static int clamp(int score) {
        return Math.max(1, Math.min(5, score));
    }
}
