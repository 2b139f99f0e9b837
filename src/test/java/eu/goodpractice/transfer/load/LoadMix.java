package eu.goodpractice.transfer.load;

import static eu.goodpractice.transfer.load.LoadFixture.REST;
import static eu.goodpractice.transfer.load.LoadFixture.SPACE;

import com.eclipsesource.json.Json;
import eu.goodpractice.transfer.workbench.SampleData;
import java.time.LocalDate;
import java.util.List;

/**
 * The mix each client repeats: a fresh login, then REST lists, macro pages and writes, interleaved. One cycle
 * sends 27 requests: the login, 9 REST lists, 9 pages and 8 writes (with the read before the contested edit); a
 * reader skips the writes.
 * Clients start at different places in the cycle, so at any moment the server sees all kinds at once.
 */
final class LoadMix {
    /** The workbench's sample pages (see docs/workbench.md): one per macro the coordinators and partners read. */
    static final long DASHBOARD_PAGE = 1201;
    static final long MATRIX_PAGE = 1202;
    static final long OVERVIEW_ALL_SPACES_PAGE = 1251;
    static final long STAKEHOLDERS_PAGE = 1301;
    static final long DISSEMINATION_PAGE = 1351;
    static final long REPORT_PAGE = 1401;
    static final long FIRST_PRACTICE_PAGE = 1101;
    static final int PRACTICE_PAGES = 7;

    /** One client's turn at one scenario: who, on what, in which round (to vary pages and plans). */
    record Turn(LoadClient client, LoadFixture fixture, int clientNumber, int round) {
        int pick(int size) {
            return Math.floorMod(clientNumber + round, size);
        }

        int plan() {
            return fixture.planIds().get(pick(fixture.planIds().size()));
        }
    }

    /** One thing a client does: usually one request, a write scenario several. */
    record Scenario(String name, boolean writes, java.util.function.Consumer<Turn> action) {
    }

    static final List<Scenario> CYCLE = List.of(
            read("login", turn -> turn.client().logIn()),
            read("REST practices", turn -> turn.client().get("REST GET /practices", REST + "/practices?space=" + SPACE)),
            page("page dashboard", turn -> DASHBOARD_PAGE),
            read("REST steps", turn -> turn.client().get("REST GET /plans/{id}/steps",
                    REST + "/plans/" + turn.plan() + "/steps")),
            page("page action plan", turn -> SampleData.PARTNERS.get(turn.pick(SampleData.PARTNERS.size())).page()),
            write("step lifecycle", LoadMix::stepLifecycle),
            read("REST stakeholders", turn -> turn.client().get("REST GET /stakeholders",
                    REST + "/stakeholders?spaceKey=" + SPACE)),
            page("page matrix", turn -> MATRIX_PAGE),
            read("REST engagements", turn -> turn.client().get("REST GET /engagements",
                    REST + "/engagements?spaceKey=" + SPACE)),
            page("page stakeholders", turn -> STAKEHOLDERS_PAGE),
            write("contested step edit", LoadMix::contestedEdit),
            read("REST dissemination", turn -> turn.client().get("REST GET /dissemination",
                    REST + "/dissemination?spaceKey=" + SPACE)),
            page("page practice", turn -> FIRST_PRACTICE_PAGE + turn.pick(PRACTICE_PAGES)),
            read("REST dashboard", turn -> turn.client().get("REST GET /dashboard/practices",
                    REST + "/dashboard/practices?spaces=all")),
            page("page overview", turn -> SampleData.HOME_PAGE),
            write("engagement lifecycle", LoadMix::engagementLifecycle),
            read("REST matrix", turn -> turn.client().get("REST GET /dashboard/matrix",
                    REST + "/dashboard/matrix?spaces=all")),
            page("page dissemination", turn -> DISSEMINATION_PAGE),
            read("REST plans", turn -> turn.client().get("REST GET /plans", REST + "/plans?spaceKey=" + SPACE)),
            page("page report", turn -> REPORT_PAGE),
            read("REST report", turn -> turn.client().get("REST GET /reports/partnership.json",
                    REST + "/reports/partnership.json?spaces=all")),
            page("page overview all spaces", turn -> OVERVIEW_ALL_SPACES_PAGE));

    private LoadMix() {
    }

    private static Scenario read(String name, java.util.function.Consumer<Turn> action) {
        return new Scenario(name, false, action);
    }

    private static Scenario page(String name, java.util.function.ToLongFunction<Turn> pageId) {
        return new Scenario(name, false, turn -> turn.client().page(name, pageId.applyAsLong(turn)));
    }

    private static Scenario write(String name, java.util.function.Consumer<Turn> action) {
        return new Scenario(name, true, action);
    }

    /** An editor adds a step, starts it, then removes it again (so the plans do not grow during the run). */
    private static void stepLifecycle(Turn turn) {
        String steps = REST + "/plans/" + turn.plan() + "/steps";
        String title = "Load run step " + turn.clientNumber() + "-" + turn.round();
        LoadClient.Reply created = turn.client().post("write POST step", steps, Json.object().add("title", title)
                .add("description", "Made by the load run as " + turn.client().user()).add("priority", "LOW")
                .toString());
        if (created == null) {
            return;
        }
        String step = steps + "/" + created.intField("id");
        LoadClient.Reply started = turn.client().put("write PUT step", step, Json.object()
                .add("status", "IN_PROGRESS").add("title", title + " (started)")
                .add("version", created.intField("version")).toString(), false);
        if (started != null) {
            turn.client().delete("write DELETE step", step + "?version=" + started.intField("version"));
        }
    }

    /**
     * Reads the one step every writer edits and saves a change with the version read: when another client saved in
     * between, the app answers 409 — the expected outcome of a clash, counted apart from errors.
     */
    private static void contestedEdit(Turn turn) {
        String step = REST + "/plans/" + turn.fixture().contestedPlanId() + "/steps/" + turn.fixture().contestedStepId();
        LoadClient.Reply current = turn.client().get("write GET contested step", step);
        if (current != null) {
            turn.client().put("write PUT contested step", step, Json.object()
                    .add("description", "Last edited by " + turn.client().user() + " in round " + turn.round())
                    .add("version", current.intField("version")).toString(), true);
        }
    }

    /** A partner logs a meeting with two stakeholders, adds its outcome, then removes it again. */
    private static void engagementLifecycle(Turn turn) {
        List<Integer> stakeholders = turn.fixture().stakeholderIds();
        int first = turn.pick(stakeholders.size());
        LoadClient.Reply created = turn.client().post("write POST engagement", REST + "/engagements", Json.object()
                .add("spaceKey", SPACE).add("date", LocalDate.now().minusDays(turn.pick(30)).toString())
                .add("stakeholders", Json.array(stakeholders.get(first),
                        stakeholders.get((first + 1) % stakeholders.size())))
                .add("format", "MEETING").add("topic", "Load run meeting " + turn.clientNumber() + "-" + turn.round())
                .toString());
        if (created == null) {
            return;
        }
        String engagement = REST + "/engagements/" + created.intField("id");
        LoadClient.Reply updated = turn.client().put("write PUT engagement", engagement, Json.object()
                .add("outcome", "Agreed to host two apprentices").add("version", created.intField("version"))
                .toString(), false);
        if (updated != null) {
            turn.client().delete("write DELETE engagement", engagement + "?version=" + updated.intField("version"));
        }
    }
}
