package eu.goodpractice.transfer.workbench;

import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionPlanService;
import eu.goodpractice.transfer.actionplan.PlanInput;
import eu.goodpractice.transfer.actionplan.StepInput;
import eu.goodpractice.transfer.assessment.AssessmentService;
import eu.goodpractice.transfer.practice.Practice;
import eu.goodpractice.transfer.practice.PracticeInput;
import eu.goodpractice.transfer.practice.PracticeService;
import eu.goodpractice.transfer.workbench.host.StandInConfluence;
import java.time.LocalDate;
import java.util.List;

/**
 * A working group at work: seven partner institutions from seven EU countries (vocational schools, a university, a
 * chamber, an association) in space VET, each with an action plan of steps in mixed states, on pages that use the
 * app's macros. Users and permissions are set on every start; pages and plans only into an empty database, and the
 * plans go through the app's own service, as their editors would create them.
 */
public final class SampleData {
    public static final String SPACE = "VET";
    public static final String OTHER_SPACE = "OUT";
    public static final long HOME_PAGE = 1001;
    public static final long OUTSIDER_PAGE = 1021;
    public static final long SETTINGS_PAGE = 1004;
    static final long MENTORING_PAGE = 1002;
    static final long LOGBOOK_PAGE = 1003;

    /** A partner institution and its editor. */
    public record Partner(String user, String fullName, String institution, String country, String kind, long page) {
    }

    public static final List<Partner> PARTNERS = List.of(
            new Partner("editor-de", "Katrin Weber", "Berufskolleg am Rhein", "DE", "vocational school", 1011),
            new Partner("editor-fr", "\u00c9lodie Martin", "Lyc\u00e9e professionnel Jean Moulin", "FR",
                    "vocational school", 1012),
            new Partner("editor-it", "Marco Bianchi", "Universit\u00e0 di Bologna", "IT", "university", 1013),
            new Partner("editor-es", "Luc\u00eda Fern\u00e1ndez", "C\u00e1mara de Comercio de Valencia", "ES", "chamber",
                    1014),
            new Partner("editor-pl", "Piotr Nowak", "Zesp\u00f3\u0142 Szk\u00f3\u0142 Zawodowych nr 2 w Poznaniu", "PL",
                    "vocational school", 1015),
            new Partner("editor-nl", "Sanne de Vries", "Vereniging Leren in de Praktijk", "NL", "association", 1016),
            new Partner("editor-fi", "Aino Virtanen", "Omnia Vocational College", "FI", "vocational school", 1017));

    private SampleData() {
    }

    /**
     * Users, groups, spaces and permissions: admin, coordinator, one editor per partner, viewer, outsider and a space
     * administrator (spaceadmin).
     */
    public static void installDirectory(StandInConfluence confluence) {
        confluence.addUser("admin", "Ada Administrator");
        confluence.addToGroup("admin", "confluence-administrators");
        confluence.addUser("coordinator", "Chris Coordinator");
        confluence.addToGroup("coordinator", "vet-partners");
        for (Partner partner : PARTNERS) {
            confluence.addUser(partner.user(), partner.fullName());
            confluence.addToGroup(partner.user(), "vet-partners");
        }
        confluence.addUser("viewer", "Vera Viewer");
        confluence.addToGroup("viewer", "vet-readers");
        confluence.addUser("outsider", "Otto Outsider");
        confluence.addUser("spaceadmin", "Sami Space-Admin");
        confluence.addSpace(SPACE, "VET Good Practice Transfer");
        confluence.addSpace(OTHER_SPACE, "Otto's own space");
        for (String space : List.of(SPACE, OTHER_SPACE)) {
            confluence.grantGroup(space, "confluence-administrators", "VIEWSPACE", "EDITSPACE", "SETSPACEPERMISSIONS");
        }
        confluence.grantGroup(SPACE, "vet-partners", "VIEWSPACE", "EDITSPACE");
        confluence.grant(SPACE, "coordinator", "SETSPACEPERMISSIONS"); // coordinates the working group's space
        confluence.grantGroup(SPACE, "vet-readers", "VIEWSPACE");
        // administers the space without being the working group's coordinator or a partner
        confluence.grant(SPACE, "spaceadmin", "VIEWSPACE", "EDITSPACE", "SETSPACEPERMISSIONS");
        confluence.grant(OTHER_SPACE, "outsider", "VIEWSPACE", "EDITSPACE");
        SampleReminders.installLanguages(confluence);
    }

    /** A documented practice of a partner, in the partner's language, and where its review stands. */
    record SamplePractice(int partner, long page, String title, String language, String theme, String targetGroups,
                          String eqf, String summary, String englishSummary, List<String> transitions) {
    }

    static final List<SamplePractice> PRACTICES = List.of(
            new SamplePractice(0, 1101, "Duale Mentoren f\u00fcr Auszubildende", "de", "work-based-learning",
                    "apprentices,in-company-trainers", "3,4", "Jede*r Auszubildende hat zwei Mentor*innen: "
                    + "im Betrieb und in der Schule.", "Every apprentice has two mentors, one in the company and one at "
                    + "school, who meet together once a month.", List.of("SUBMIT", "VALIDATE", "START_TRANSFER")),
            new SamplePractice(1, 1102, "Carnet de bord num\u00e9rique en restauration", "fr", "digital-skills",
                    "vet-learners,teachers-trainers", "3", "Les apprentis notent leurs acquis dans un carnet "
                    + "num\u00e9rique comment\u00e9 par les tuteurs.", "Learners record what they learn in a shared "
                    + "digital logbook that tutors comment on.", List.of("SUBMIT")),
            new SamplePractice(2, 1103, "Laboratorio di formazione per tutor aziendali", "it",
                    "teacher-trainer-development", "in-company-trainers", "5,6", "Un modulo universitario prepara "
                    + "i tutor aziendali all\u2019apprendimento basato sul lavoro.", "A university module prepares "
                    + "in-company tutors for work-based learning.", List.of("SUBMIT", "VALIDATE")),
            new SamplePractice(3, 1104, "Red de empresas de acogida", "es", "work-based-learning",
                    "employers-smes", "3,4", "La C\u00e1mara re\u00fane a pymes que acogen aprendices y forma a "
                    + "sus tutores.", "The chamber gathers SMEs that host apprentices and trains their tutors.",
                    List.of()),
            new SamplePractice(4, 1105, "Tablety w warsztacie szkolnym", "pl", "digital-skills",
                    "vet-learners", "2,3", "Uczniowie dokumentuj\u0105 prac\u0119 w warsztacie na tabletach.",
                    "Learners document their workshop tasks on tablets.", List.of("SUBMIT", "RETURN")),
            new SamplePractice(5, 1106, "Landelijke handreiking mentoraat", "nl", "quality-assurance",
                    "teachers-trainers,in-company-trainers", "4", "Een handreiking helpt scholen het mentoraat "
                    + "in hun kwaliteitszorg op te nemen.", "A guide helps schools build mentoring into their "
                    + "quality assurance.", List.of("SUBMIT", "VALIDATE", "START_TRANSFER", "ANCHOR")),
            new SamplePractice(6, 1107, "Digital logbook for ICT apprentices", "en", "digital-skills",
                    "apprentices", "4,5", "ICT apprentices keep a digital logbook linked to competence-based "
                    + "assessment.", null, List.of("SUBMIT", "VALIDATE")));

    /** Pages and action plans, into an empty workbench. */
    public static void seed(PageRepository pages, ActionPlanService service, StandInConfluence confluence,
                            PracticeService practices, AssessmentService assessments) {
        pages.save(HOME_PAGE, SPACE, "VET Good Practice Transfer",
                "<p>Welcome to the working group's space. Each partner institution keeps its action plan on its own "
                        + "page; this overview shows how far everybody has come.</p>"
                        + "<ac:structured-macro ac:name=\"action-plan-overview\" ac:schema-version=\"1\"/>"
                        + "<h2>Good practices</h2><ul><li>Dual mentoring for apprentices</li>"
                        + "<li>Digital logbooks for work-based learning</li></ul>", null);
        pages.save(SETTINGS_PAGE, SPACE, "Practice registry settings",
                "<p>Themes, target groups and coordinators of this working group.</p>"
                        + "<ac:structured-macro ac:name=\"practice-settings\" ac:schema-version=\"1\"/>", null);
        pages.save(MENTORING_PAGE, SPACE, "Good practice: Dual mentoring for apprentices",
                "<p>Every apprentice has two mentors, one in the company and one at school, who meet the apprentice "
                        + "together once a month.</p><h2>Evidence of success</h2><p>Drop-out fell from 18 % to 9 % "
                        + "in three years.</p>", null);
        pages.save(LOGBOOK_PAGE, SPACE, "Good practice: Digital logbooks for work-based learning",
                "<p>Apprentices record what they learn at the workplace in a shared digital logbook that teachers "
                        + "and in-company trainers comment on.</p>", null);
        for (Partner partner : PARTNERS) {
            pages.save(partner.page(), SPACE, "Action plan \u2013 " + partner.institution(),
                    "<p>" + partner.institution() + " (" + partner.kind() + ", " + partner.country() + ") plans "
                            + "here how it adopts the working group's good practices.</p>"
                            + "<ac:structured-macro ac:name=\"action-plan\" ac:schema-version=\"1\">"
                            + "<ac:parameter ac:name=\"institution\">" + StorageFormat.escape(partner.institution())
                            + "</ac:parameter></ac:structured-macro>", null);
        }
        pages.save(OUTSIDER_PAGE, OTHER_SPACE, "Otto's notes", "<p>Nothing to do with the working group, but Otto tried to "
                + "embed a partner's plan he may not see:</p>"
                + "<ac:structured-macro ac:name=\"action-plan\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"space\">" + SPACE + "</ac:parameter>"
                + "<ac:parameter ac:name=\"institution\">" + StorageFormat.escape(PARTNERS.get(0).institution())
                + "</ac:parameter></ac:structured-macro>", null);
        plans(service, confluence);
        practices(pages, practices, confluence);
        SampleAssessments.seed(assessments, confluence);
        SampleReminders.seed(pages);
        SampleDashboards.seed(pages);
        SampleLabels.seed(pages);
        SampleOverview.seed(pages);
        SampleReport.seed(pages);
        SamplePortability.seed(pages);
    }

    /** One documented practice per partner, created as a page with the profile macro by the partner's editor. */
    private static void practices(PageRepository pages, PracticeService practices, StandInConfluence confluence) {
        for (SamplePractice sample : PRACTICES) {
            Partner partner = PARTNERS.get(sample.partner());
            confluence.logIn(partner.user());
            try {
                pages.save(sample.page(), SPACE, sample.title(), practiceBody(partner, sample), null);
                Practice practice = practices.practice(sample.page());
                practices.updateProfile(sample.page(), new PracticeInput(null, sample.summary(), partner.institution(),
                        partner.country(), null, sample.theme(), List.of(sample.targetGroups().split(",")),
                        List.of(sample.eqf().split(",")), null, "PEDAGOGICAL", LocalDate.now().minusYears(2).toString(),
                        null, "true", sample.language(), sample.englishSummary(),
                        String.valueOf(practice.audit().version()), null));
            } finally {
                confluence.logOut();
            }
            for (String transition : sample.transitions()) {
                boolean editors = "SUBMIT".equals(transition);
                confluence.logIn(editors ? partner.user() : "coordinator");
                try {
                    practices.transition(sample.page(), transition, "RETURN".equals(transition)
                            ? "Please add the results of the first school year." : null);
                } finally {
                    confluence.logOut();
                }
            }
        }
    }

    private static String practiceBody(Partner partner, SamplePractice sample) {
        return "<ac:structured-macro ac:name=\"practice-profile\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"institution\">" + StorageFormat.escape(partner.institution())
                + "</ac:parameter><ac:parameter ac:name=\"country\">" + partner.country() + "</ac:parameter>"
                + "<ac:parameter ac:name=\"language\">" + sample.language() + "</ac:parameter>"
                + "</ac:structured-macro><h2>" + StorageFormat.escape(sample.title()) + "</h2><p>"
                + StorageFormat.escape(sample.summary()) + "</p>"
                + "<h2>Transferability</h2>"
                + "<ac:structured-macro ac:name=\"transferability-assessment\" ac:schema-version=\"1\"/>";
    }

    private static void plans(ActionPlanService service, StandInConfluence confluence) {
        plan(service, confluence, PARTNERS.get(0),
                step("Adapt the dual mentoring scheme to our three apprenticeship programmes", "DONE", -60, "HIGH",
                        MENTORING_PAGE, "PILOT", "editor-de", "Chamber of Crafts Cologne", "Training companies"),
                step("Train 12 in-company mentors with the chamber", "IN_PROGRESS", -10, "HIGH", null, "PILOT",
                        "editor-de", "Chamber of Crafts Cologne"),
                step("Add mentoring to the school's quality handbook", "NOT_STARTED", 90, "MEDIUM", null,
                        "INSTITUTIONALISED", "coordinator", "Quality team", "School board"),
                step("Present the results at the regional VET conference", "NOT_STARTED", 45, "LOW", null, null,
                        null, "District government"));
        plan(service, confluence, PARTNERS.get(1),
                step("Translate the digital logbook templates into French", "DONE", -30, "MEDIUM", LOGBOOK_PAGE, null,
                        "editor-fr"),
                step("Pilot the digital logbook in the catering programme", "IN_PROGRESS", 20, "HIGH", LOGBOOK_PAGE,
                        "PILOT", "editor-fr", "Partner restaurants", "Rectorat de Lyon"),
                step("Agree data protection rules with the regional education authority", "BLOCKED", -5, "HIGH", null,
                        null, "coordinator", "Rectorat de Lyon"),
                step("Train teachers in giving feedback through the logbook", "NOT_STARTED", 60, "MEDIUM", null,
                        "ADOPTED", null));
        plan(service, confluence, PARTNERS.get(2),
                step("Map the transfer conditions in Emilia-Romagna", "DONE", -90, "MEDIUM", null, null, "editor-it"),
                step("Design a teacher-training module on work-based learning", "IN_PROGRESS", 30, "HIGH", null,
                        "ADOPTED", "editor-it", "Regione Emilia-Romagna", "Network of vocational schools"),
                step("Have the module accredited for continuing professional development", "NOT_STARTED", 120,
                        "MEDIUM", null, "INSTITUTIONALISED", "editor-it"),
                step("Publish an open-access article on the transfer", "NOT_STARTED", 150, "LOW", null, null, null),
                step("Run a joint seminar with the chamber", "DROPPED", -20, "LOW", null, null, null));
        plan(service, confluence, PARTNERS.get(3),
                step("Recruit 20 host companies for apprentices", "IN_PROGRESS", -3, "HIGH", MENTORING_PAGE, "PILOT",
                        "editor-es", "Employers' association", "SMEs in the metal sector"),
                step("Set up a mentor certificate with the regional government", "NOT_STARTED", 75, "HIGH", null,
                        "INSTITUTIONALISED", "editor-es", "Generalitat Valenciana"),
                step("Hold an information day for companies", "DONE", -40, "MEDIUM", null, null, "editor-es",
                        "Local media"),
                step("Evaluate company satisfaction after the first cohort", "NOT_STARTED", 180, "MEDIUM", null, null,
                        null));
        plan(service, confluence, PARTNERS.get(4),
                step("Compare the core curriculum with the practice's learning outcomes", "DONE", -50, "MEDIUM",
                        LOGBOOK_PAGE, null, "editor-pl"),
                step("Agree a pilot class with the school's director", "DONE", -35, "HIGH", null, "PILOT",
                        "editor-pl", "School director", "Parents' council"),
                step("Equip the workshop with tablets for the logbooks", "BLOCKED", 10, "HIGH", null, null,
                        "coordinator", "Pozna\u0144 city council"),
                step("Train the vocational teachers", "IN_PROGRESS", 25, "MEDIUM", null, "ADOPTED", "editor-pl"));
        plan(service, confluence, PARTNERS.get(5),
                step("Collect member schools interested in the mentoring scheme", "DONE", -25, "MEDIUM", null, null,
                        "editor-nl", "MBO schools"),
                step("Write a Dutch guide to the mentoring scheme", "IN_PROGRESS", 15, "MEDIUM", MENTORING_PAGE,
                        "ADOPTED", "editor-nl", "MBO schools", "SBB"),
                step("Propose the scheme for the sector's quality framework", "NOT_STARTED", 100, "HIGH", null,
                        "INSTITUTIONALISED", "coordinator", "SBB", "Ministry of Education"));
        plan(service, confluence, PARTNERS.get(6),
                step("Test the digital logbook with apprentices in ICT", "IN_PROGRESS", 5, "HIGH", LOGBOOK_PAGE,
                        "PILOT", "editor-fi"),
                step("Link logbook entries to competence-based assessment", "NOT_STARTED", 70, "MEDIUM", null,
                        "ADOPTED", "editor-fi"),
                step("Share the results with the Finnish National Agency for Education", "NOT_STARTED", 140, "LOW",
                        null, null, null, "Finnish National Agency for Education"),
                step("Renew the agreement with partner companies", "DONE", -15, "MEDIUM", null, null, "editor-fi",
                        "Partner companies"));
    }

    private static void plan(ActionPlanService service, StandInConfluence confluence, Partner partner,
                             StepInput... steps) {
        confluence.logIn(partner.user());
        try {
            ActionPlan plan = service.createPlan(new PlanInput(SPACE, partner.institution(), partner.country(),
                    partner.user(), null, null));
            for (StepInput step : steps) {
                service.createStep(plan.id(), step);
            }
        } finally {
            confluence.logOut();
        }
    }

    private static StepInput step(String title, String status, int dueInDays, String priority, Long page,
                                  String anchoring, String owner, String... stakeholders) {
        return new StepInput(title, null, owner, LocalDate.now().plusDays(dueInDays).toString(), status, priority,
                page == null ? null : page.toString(), List.of(stakeholders), anchoring, null, null);
    }
}
