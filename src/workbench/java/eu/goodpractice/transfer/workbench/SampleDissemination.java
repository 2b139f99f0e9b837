package eu.goodpractice.transfer.workbench;

import eu.goodpractice.transfer.engagement.DisseminationActivity;
import eu.goodpractice.transfer.engagement.DisseminationInput;
import eu.goodpractice.transfer.engagement.DisseminationService;
import eu.goodpractice.transfer.engagement.DisseminationStore;
import eu.goodpractice.transfer.engagement.LinkCheck;
import eu.goodpractice.transfer.engagement.LinkTarget;
import eu.goodpractice.transfer.workbench.host.StandInConfluence;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The working group's dissemination across partners: talks, fairs, newsletters, articles, posts and a training, each
 * recorded by the partner's editor through the app's own service, on the page "Dissemination" (page ids 1351-1399
 * are this feature's). Link checks are recorded as if a check had run, so the page shows a dead link, without the
 * workbench fetching anything from the internet.
 */
final class SampleDissemination {
    static final long PAGE = 1351;
    private static final Instant CHECKED = Instant.parse("2026-11-01T03:00:00Z");

    /** One activity as the partner typed it; {@code dead} marks the link the pretended check found dead. */
    private record Sample(String editor, String type, String category, String date, String title, String language,
                          String country, String audience, String reach, String link, List<String> practices,
                          boolean dead) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("editor-de", "CONFERENCE", "PRESENTATION", "2026-03-12",
                    "Vortrag: Duale Mentoren beim Berufsbildungskongress", "de", "DE", "VET teachers and trainers",
                    "180", "https://www.example.org/bbk-2026/programm", List.of("1101"), false),
            new Sample("editor-de", "FAIR", null, "2026-02-20", "Stand at didacta education fair", "de", "DE",
                    "Teachers, school leaders", "950", null, List.of("1101"), false),
            new Sample("editor-fr", "MEDIA", "PRESS_ARTICLE", "2026-04-03",
                    "Article dans Ouest-France : le carnet de bord numérique", "fr", "FR", "General public",
                    "12000", "https://www.example.org/ouest-france/carnet-numerique", List.of("1102"), true),
            new Sample("editor-it", "CONFERENCE", "SCIENTIFIC_RESULTS", "2026-05-21",
                    "Paper at the ECER VETNET network session", "en", "IT", "VET researchers", "60",
                    "https://www.example.org/ecer-2026/vetnet", List.of("1103"), false),
            new Sample("editor-es", "NEWSLETTER", "PUBLICATION", "2026-01-15",
                    "Boletín de la Cámara: red de empresas de acogida", "es", "ES", "Member companies (SMEs)", "4200",
                    "https://www.example.org/camara-valencia/boletin-enero", List.of("1104"), false),
            new Sample("editor-pl", "WEBSITE_SOCIAL_MEDIA", "PHOTO", "2026-06-02",
                    "Facebook: tablety w warsztacie", "pl", "PL", "Learners and parents", "2300",
                    "https://www.example.org/zsz2-poznan/posts/tablety", List.of("1105"), false),
            new Sample("editor-nl", "OWN_PUBLICATION", "HANDBOOK_GUIDE", "2026-09-10",
                    "Handreiking mentoraat (PDF)", "nl", "NL", "Schools and training companies", "800",
                    "https://www.example.org/lidp/handreiking.pdf", List.of("1106"), false),
            new Sample("editor-fi", "TRAINING", "LEARNING_PROGRAMME", "2026-10-08",
                    "Workshop for in-company trainers on digital logbooks", "en", "FI", "In-company trainers", "35",
                    null, List.of("1107"), false),
            new Sample("coordinator", "NEWSLETTER", "PUBLICATION", "2025-12-01",
                    "Project newsletter no. 2", "en", null, "All partner networks", "1500",
                    "https://www.example.org/project/newsletter-2", List.of(), false));

    private SampleDissemination() {
    }

    static void seed(PageRepository pages, AppHost app, StandInConfluence confluence) {
        pages.save(PAGE, SampleData.SPACE, "Dissemination",
                "<p>What the partners did to spread the working group\u2019s practices, for the final report.</p>"
                        + "<ac:structured-macro ac:name=\"dissemination-log\" ac:schema-version=\"1\"/>", null);
        DisseminationService service = app.component(DisseminationService.class);
        Map<LinkTarget, LinkCheck> checks = new LinkedHashMap<>();
        for (Sample sample : SAMPLES) {
            confluence.logIn(sample.editor());
            try {
                DisseminationActivity activity = service.create(new DisseminationInput(SampleData.SPACE,
                        sample.type(), sample.category(), sample.date(), sample.title(), sample.language(),
                        sample.country(), sample.audience(), sample.reach(), sample.link(), sample.practices(), null,
                        null));
                if (activity.link() != null) {
                    checks.put(new LinkTarget(activity.id(), activity.link()),
                            sample.dead() ? LinkCheck.dead(404, null, CHECKED) : LinkCheck.ok(200, CHECKED));
                }
            } finally {
                confluence.logOut();
            }
        }
        app.component(DisseminationStore.class).recordLinkChecks(checks);
    }
}
