package eu.goodpractice.transfer.workbench;

import eu.goodpractice.transfer.engagement.EngagementInput;
import eu.goodpractice.transfer.engagement.Stakeholder;
import eu.goodpractice.transfer.engagement.StakeholderInput;
import eu.goodpractice.transfer.engagement.StakeholderService;
import eu.goodpractice.transfer.workbench.host.StandInConfluence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The working group's stakeholders in space VET (chambers, guilds, schools, ministries and social partners in the
 * partner countries and at EU level) and a year of engagements with them, recorded through the app's own service by
 * the partners' editors. Dates count back from today, so the map's last twelve months are always filled. Pages of
 * this feature use ids 1301-1349.
 */
final class SampleStakeholders {
    static final long STAKEHOLDERS_PAGE = 1301;

    /** A stakeholder and the editor who registered it. */
    private record Sample(String editor, String organisation, String type, String level, String country,
                          String contactName, String contactRole) {
    }

    private static final List<Sample> STAKEHOLDERS = List.of(
            new Sample("editor-de", "Handwerkskammer zu K\u00f6ln", "chamber", "regional", "DE", "Jana Weber",
                    "Head of apprenticeship counselling"),
            new Sample("editor-de", "Elektro-Innung K\u00f6ln", "guild", "local", "DE", null, null),
            new Sample("editor-de", "Ministerium f\u00fcr Schule und Bildung NRW", "authority", "regional", "DE", null,
                    null),
            new Sample("editor-fr", "Chambre de m\u00e9tiers et de l\u2019artisanat Auvergne-Rh\u00f4ne-Alpes",
                    "chamber", "regional", "FR", null, null),
            new Sample("editor-fr", "Rectorat de Lyon", "authority", "regional", "FR", null, null),
            new Sample("editor-it", "Regione Emilia-Romagna", "authority", "regional", "IT", null, null),
            new Sample("editor-it", "Confartigianato Bologna", "social-partner", "local", "IT", null, null),
            new Sample("editor-it", "INAPP", "research-institute", "national", "IT", null, null),
            new Sample("editor-es", "Generalitat Valenciana \u2013 Conselleria d\u2019Educaci\u00f3", "authority",
                    "regional", "ES", null, null),
            new Sample("editor-es", "Metal Valencia (FEMEVAL)", "professional-association", "regional", "ES",
                    "Carlos Ruiz", "Training officer"),
            new Sample("editor-pl", "Wielkopolska Izba Rzemie\u015blnicza", "chamber", "regional", "PL", null, null),
            new Sample("editor-pl", "Ministerstwo Edukacji Narodowej", "authority", "national", "PL", null, null),
            new Sample("editor-pl", "Volkswagen Pozna\u0144", "company", "local", "PL", null, null),
            new Sample("editor-nl", "SBB (Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven)",
                    "regulatory-body", "national", "NL", null, null),
            new Sample("editor-nl", "MBO Raad", "professional-association", "national", "NL", null, null),
            new Sample("editor-fi", "Finnish National Agency for Education", "authority", "national", "FI", null,
                    null),
            new Sample("editor-fi", "Aalto University", "university", "national", "FI", null, null),
            new Sample("coordinator", "European Association of Craft, Small and Medium-sized Enterprises (SMEunited)",
                    "social-partner", "eu", "BE", null, null),
            new Sample("coordinator", "Cedefop", "research-institute", "eu", "GR", null, null));

    /** An engagement: days back from today, who recorded it, which stakeholders (by index), and what happened. */
    private record Meeting(int daysAgo, String editor, int[] stakeholders, String format, String topic,
                           String outcome, String followUp, Long practice) {
    }

    private static final List<Meeting> MEETINGS = List.of(
            new Meeting(340, "editor-de", new int[] {0}, "meeting", "Mentor roles in dual training",
                    "The chamber supports training 12 in-company mentors.", "Draft a joint mentor course", 1101L),
            new Meeting(320, "coordinator", new int[] {17, 18}, "consultation", "EU review of mentoring schemes",
                    "Both welcome a comparison across the partner countries.", null, 1101L),
            new Meeting(300, "editor-fr", new int[] {3, 4}, "workshop", "Digital logbooks in catering",
                    "Rectorat agrees to a pilot in two schools.", "Data protection rules to be agreed", 1102L),
            new Meeting(270, "editor-it", new int[] {5}, "meeting", "Accreditation of a tutor module",
                    "The region asks for a pilot report first.", "Send the pilot report", 1103L),
            new Meeting(250, "editor-es", new int[] {8, 9}, "event", "Information day for host companies",
                    "37 companies attended; 14 signed up as hosts.", null, 1104L),
            new Meeting(230, "editor-pl", new int[] {10, 12}, "meeting", "Tablets in the school workshop",
                    "Volkswagen offers ten tablets for the pilot class.", "Sign the loan agreement", 1105L),
            new Meeting(200, "editor-nl", new int[] {13, 14}, "consultation", "Mentoring in the quality framework",
                    "SBB will discuss the guide in its sector chamber.", null, 1106L),
            new Meeting(185, "editor-fi", new int[] {15}, "correspondence", "Sharing logbook results",
                    "The agency asks for the evaluation in English.", "Translate the evaluation", 1107L),
            new Meeting(170, "editor-de", new int[] {1, 0}, "workshop", "Mentor course for electricians",
                    "14 mentors trained.", null, 1101L),
            new Meeting(150, "editor-it", new int[] {6, 7}, "workshop", "Work-based learning in crafts",
                    "INAPP includes the module in its national survey.", null, 1103L),
            new Meeting(130, "editor-pl", new int[] {11}, "correspondence", "Core curriculum and logbooks",
                    "The ministry confirms that logbooks fit the core curriculum.", null, 1105L),
            new Meeting(110, "editor-fr", new int[] {4}, "meeting", "Data protection for the logbook",
                    "Rules agreed; the pilot can go on.", null, 1102L),
            new Meeting(95, "editor-es", new int[] {8}, "meeting", "A regional mentor certificate",
                    "The Conselleria drafts a certificate decree.", "Comment on the draft", null),
            new Meeting(80, "coordinator", new int[] {17}, "event", "European Vocational Skills Week",
                    "The working group presented its practices to 120 participants.", null, null),
            new Meeting(60, "editor-nl", new int[] {14}, "workshop", "Dutch guide to mentoring",
                    "Twelve member schools tested the guide.", "Publish the final guide", 1106L),
            new Meeting(45, "editor-de", new int[] {2}, "consultation", "Mentoring in the school quality handbook",
                    "The ministry invites the school to a regional network.", null, 1101L),
            new Meeting(30, "editor-fi", new int[] {16, 15}, "meeting", "Research on digital logbooks",
                    "Aalto starts a thesis on the pilot.", null, 1107L),
            new Meeting(20, "editor-es", new int[] {9}, "correspondence", "Company satisfaction survey",
                    "FEMEVAL sends the survey to its members.", null, 1104L),
            new Meeting(12, "editor-pl", new int[] {10}, "meeting", "Recognising mentors in crafts",
                    "The chamber will name mentors in its journeyman exams.", "Agree the wording", null),
            new Meeting(5, "coordinator", new int[] {18, 13}, "consultation", "Evidence for the final report",
                    "Both agree to review the transfer report.", "Send the draft in time", null));

    /** Engagements that served a step of the sample action plans (seeded before), by topic and step title. */
    private static final Map<String, String> STEP_OF_TOPIC = Map.of(
            "Data protection for the logbook", "Pilot the digital logbook in the catering programme",
            "Mentoring in the school quality handbook", "Add mentoring to the school's quality handbook");

    private SampleStakeholders() {
    }

    static void seed(PageRepository pages, StakeholderService service, StandInConfluence confluence) {
        pages.save(STAKEHOLDERS_PAGE, SampleData.SPACE, "Stakeholders",
                "<p>Who the working group works with locally, regionally, nationally and EU-wide, and every "
                        + "engagement with them, recorded as it happens for the final report.</p>"
                        + "<ac:structured-macro ac:name=\"stakeholder-map\" ac:schema-version=\"1\"/>", null);
        List<Stakeholder> registered = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (Sample sample : STAKEHOLDERS) {
            confluence.logIn(sample.editor());
            try {
                boolean contact = sample.contactName() != null;
                registered.add(service.createStakeholder(new StakeholderInput(SampleData.SPACE,
                        sample.organisation(), sample.type(), sample.level(), sample.country(),
                        sample.contactName(), sample.contactRole(), null, contact ? sample.contactName() : null,
                        contact ? today.minusMonths(11).toString() : null,
                        contact ? "Invitations to the project\u2019s workshops and events" : null, null, null,
                        null)));
            } finally {
                confluence.logOut();
            }
        }
        Map<String, String> stepIds = new HashMap<>();
        confluence.logIn("coordinator");
        try {
            service.stepChoices(SampleData.SPACE).forEach(plan -> plan.steps()
                    .forEach(step -> stepIds.put(step.title(), String.valueOf(step.id()))));
        } finally {
            confluence.logOut();
        }
        for (Meeting meeting : MEETINGS) {
            confluence.logIn(meeting.editor());
            try {
                List<String> ids = new ArrayList<>();
                for (int index : meeting.stakeholders()) {
                    ids.add(String.valueOf(registered.get(index).id()));
                }
                service.createEngagement(new EngagementInput(SampleData.SPACE,
                        today.minusDays(meeting.daysAgo()).toString(), ids, meeting.format(), meeting.topic(),
                        meeting.outcome(), meeting.followUp(),
                        meeting.practice() == null ? List.of() : List.of(String.valueOf(meeting.practice())),
                        Optional.ofNullable(STEP_OF_TOPIC.get(meeting.topic())).map(stepIds::get).stream().toList(),
                        null, null));
            } finally {
                confluence.logOut();
            }
        }
    }
}
