package eu.goodpractice.transfer.workbench;

import java.util.List;

/**
 * Who may do what: one row per REST endpoint and per macro, one column per role, each cell the exact answer that
 * role gets. {@link AuthorisationMatrixTest} asks the workbench every cell over HTTP; {@link
 * AuthorisationMatrixCoverageTest} fails, naming it, when the app has an endpoint or macro without a row here.
 *
 * <p>REST cells: the status, and for a refusal which message: {@code 401} is REST v2's "must be authenticated" (a
 * {@code @LicensedOnly} method asked anonymously, before the app runs); {@code 403 view}, {@code 403 edit},
 * {@code 403 admin} and {@code 403 coordinator} are the app's {@code transfer.error.no-view-permission},
 * {@code no-edit-permission}, {@code no-admin-permission} and {@code not-coordinator}, {@code 403 data admin} the
 * space data transfer's own {@code transfer.portability.error.no-admin}; {@code 200 empty} is a list
 * over several spaces that answered without any of VET's content (such lists leave out silently a space the reader
 * may not view). An outsider's 403 to a PUT says "view" and to a DELETE "edit": the PUT reads the current record
 * first, the DELETE asks for edit permission at once; both refuse.
 *
 * <p>Writes are harmless: each body passes the JSON's shape but breaks a content rule or carries a stale version, so
 * a caller who passes the permission check gets 400 or 409 and nothing is written (the link check, which only
 * records link states, excepted). A 400 or 409 where others get 403 shows the order: permission first, then the
 * content rules. The shape itself comes first in a few resources: a body without its list ({@code stepIds},
 * {@code ratings}, {@code terms}) or with an object where text belongs is a 400 for anyone logged in, naming only
 * the body's fields.
 *
 * <p>Macro cells: {@code login} (the page sends an anonymous reader to log in), {@code 403} (the page is refused),
 * {@code edit} (the macro renders with its edit controls), {@code read} (it renders without them), {@code refused}
 * (the macro shows "You do not have permission to view this content." instead), {@code nothing} (it renders, without
 * anything of VET). The last column is the outsider viewing the same macro, pointed at VET, on a page of his own
 * space: what the macro itself lets through when Confluence lets the page through.
 */
final class AuthorisationMatrix {
    /** The columns, in order. */
    enum Role {
        ANONYMOUS(null), OUTSIDER("outsider"), VIEWER("viewer"), EDITOR("editor-de"), COORDINATOR("coordinator"),
        SPACE_ADMIN("spaceadmin"), SYSTEM_ADMIN("admin");

        final String user;

        Role(String user) {
            this.user = user;
        }
    }

    /**
     * {@code key} names the endpoint as {@link RestEndpoints.Declared#key()}; {@code request} and {@code body} are
     * what is sent; {@code reveals}, for a list over several spaces, is a text only VET's content carries.
     */
    record RestRow(String key, String request, String body, String reveals, List<String> expected) {
        String verb() {
            return key.substring(0, key.indexOf(' '));
        }
    }

    /**
     * A macro on a page of space VET ({@code storage}), a pattern only its rendered content matches ({@code shows}) and
     * the text only its edit controls carry ({@code editMarker}, null when the macro has none).
     */
    record MacroRow(String name, String storage, String shows, String editMarker, List<String> expected,
                    String onOutsidersPage) {
    }

    private static final String STALE = "version=999999";
    private static final String VALIDATE_AGAIN = "{\"transition\": \"VALIDATE\"}";
    /** Vocabularies carry no version either: a label over 255 characters. */
    private static final String TOO_LONG_TERM = "{\"terms\": [{\"key\": \"matrix\", \"label\": \"" + "t".repeat(256)
            + "\"}]}";
    private static final String STALE_BODY = "{\"version\": 999999}";
    /** The settings carry no version: a group name over 255 characters is what keeps this write harmless. */
    private static final String TOO_LONG_GROUP = "{\"coordinatorGroup\": \"" + "g".repeat(256) + "\"}";

    static final List<RestRow> REST = List.of(
            //      anonymous    outsider     viewer       editor       coordinator  space admin  system admin
            get("GET /plans", "/plans?spaceKey=VET",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            get("GET /plans/{planId}", "/plans/1",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            get("GET /plans/{planId}/view", "/plans/1/view",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            write("POST /plans", "/plans", "{\"spaceKey\": \"VET\"}",
                    "401",       "403 edit",  "403 edit",  "400",       "400",       "400",       "400"),
            write("PUT /plans/{planId}", "/plans/1", STALE_BODY,
                    "401",       "403 view",  "403 edit",  "409",       "409",       "409",       "409"),
            write("DELETE /plans/{planId}", "/plans/1?" + STALE, null,
                    "401",       "403 edit",  "403 edit",  "409",       "409",       "409",       "409"),
            get("GET /plans/{planId}/steps", "/plans/1/steps",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            write("POST /plans/{planId}/steps", "/plans/1/steps", "{}",
                    "401",       "403 edit",  "403 edit",  "400",       "400",       "400",       "400"),
            // an empty order no longer matches the plan's steps: 409 with the current order
            write("PUT /plans/{planId}/steps/order", "/plans/1/steps/order", "{\"stepIds\": []}",
                    "401",       "403 edit",  "403 edit",  "409",       "409",       "409",       "409"),
            get("GET /plans/{planId}/steps/{stepId}", "/plans/1/steps/1",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            write("PUT /plans/{planId}/steps/{stepId}", "/plans/1/steps/1", STALE_BODY,
                    "401",       "403 view",  "403 edit",  "409",       "409",       "409",       "409"),
            write("DELETE /plans/{planId}/steps/{stepId}", "/plans/1/steps/1?" + STALE, null,
                    "401",       "403 edit",  "403 edit",  "409",       "409",       "409",       "409"),
            get("GET /practices", "/practices?space=VET",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            get("GET /practices/{pageId}", "/practices/1101",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            write("PUT /practices/{pageId}", "/practices/1101", STALE_BODY,
                    "401",       "403 view",  "403 edit",  "409",       "409",       "409",       "409"),
            get("GET /practices/{pageId}/transitions", "/practices/1101/transitions",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            // 1101 is in transfer: a caller who may validate is told it cannot be validated again (409)
            write("POST /practices/{pageId}/transitions", "/practices/1101/transitions", VALIDATE_AGAIN,
                    "401",       "403 view",  "403 coordinator", "403 coordinator", "409",       "409",       "409"),
            get("GET /practices/{pageId}/assessments", "/practices/1101/assessments",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            get("GET /practices/{pageId}/assessments/{country}", "/practices/1101/assessments/PL",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            get("GET /practices/{pageId}/assessments/{country}/history", "/practices/1101/assessments/PL/history",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            write("PUT /practices/{pageId}/assessments/{country}/ratings", "/practices/1101/assessments/PL/ratings",
                    "{\"version\": 999999, \"ratings\": []}",
                    "401",       "403 view",  "403 edit",  "409",       "409",       "409",       "409"),
            get("GET /practices/{pageId}/assessments/{country}/ratings.csv", "/practices/1101/assessments/PL/ratings.csv",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            get("GET /practice-settings", "/practice-settings?space=VET",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            write("PUT /practice-settings", "/practice-settings?space=VET", TOO_LONG_GROUP,
                    "401",       "403 admin", "403 admin", "403 admin", "400",       "400",       "400"),
            get("GET /vocabularies", "/vocabularies?space=VET",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            write("PUT /vocabularies/{kind}", "/vocabularies/theme?space=VET", TOO_LONG_TERM,
                    "401",       "403 admin", "403 admin", "403 admin", "400",       "400",       "400"),
            get("GET /criteria-sets", "/criteria-sets?space=VET",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            // the test gives VET its copy first: a caller who may make one is told it exists (409)
            write("POST /criteria-sets", "/criteria-sets?space=VET", null,
                    "401",       "403 admin", "403 admin", "403 admin", "409",       "409",       "409"),
            write("PUT /criteria-sets", "/criteria-sets?space=VET", STALE_BODY,
                    "401",       "403 admin", "403 admin", "403 admin", "409",       "409",       "409"),
            // lists over several spaces leave out silently a space the reader may not view
            listing("GET /exports/steps.{format}", "/exports/steps.csv?spaces=VET", "Berufskolleg am Rhein",
                    "200 empty", "200 empty", "200",       "200",       "200",       "200",       "200"),
            listing("GET /exports/ratings.{format}", "/exports/ratings.csv?spaces=VET", "Duale Mentoren",
                    "200 empty", "200 empty", "200",       "200",       "200",       "200",       "200"),
            listing("GET /exports/{table}.{format}", "/exports/practices.csv?spaces=VET", "Duale Mentoren",
                    "200 empty", "200 empty", "200",       "200",       "200",       "200",       "200"),
            listing("GET /dashboard/practices", "/dashboard/practices?spaces=VET", "Duale Mentoren",
                    "200 empty", "200 empty", "200",       "200",       "200",       "200",       "200"),
            listing("GET /dashboard/matrix", "/dashboard/matrix?spaces=VET", "Duale Mentoren",
                    "200 empty", "200 empty", "200",       "200",       "200",       "200",       "200"),
            listing("GET /reports/partnership", "/reports/partnership?spaces=VET", "Germany",
                    "200 empty", "200 empty", "200",       "200",       "200",       "200",       "200"),
            listing("GET /reports/partnership.{format}", "/reports/partnership.csv?spaces=VET", "Germany",
                    "200 empty", "200 empty", "200",       "200",       "200",       "200",       "200"),
            get("GET /stakeholders", "/stakeholders?spaceKey=VET",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            get("GET /stakeholders/view", "/stakeholders/view?spaceKey=VET",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            get("GET /stakeholders/{id}", "/stakeholders/1",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            write("POST /stakeholders", "/stakeholders", "{\"spaceKey\": \"VET\"}",
                    "401",       "403 edit",  "403 edit",  "400",       "400",       "400",       "400"),
            write("PUT /stakeholders/{id}", "/stakeholders/1", STALE_BODY,
                    "401",       "403 view",  "403 edit",  "409",       "409",       "409",       "409"),
            write("DELETE /stakeholders/{id}", "/stakeholders/1?" + STALE, null,
                    "401",       "403 edit",  "403 edit",  "409",       "409",       "409",       "409"),
            get("GET /engagements", "/engagements?spaceKey=VET",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            get("GET /engagements/step-choices", "/engagements/step-choices?spaceKey=VET",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            get("GET /engagements/{id}", "/engagements/1",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            write("POST /engagements", "/engagements", "{\"spaceKey\": \"VET\"}",
                    "401",       "403 edit",  "403 edit",  "400",       "400",       "400",       "400"),
            write("PUT /engagements/{id}", "/engagements/1", STALE_BODY,
                    "401",       "403 view",  "403 edit",  "409",       "409",       "409",       "409"),
            write("DELETE /engagements/{id}", "/engagements/1?" + STALE, null,
                    "401",       "403 edit",  "403 edit",  "409",       "409",       "409",       "409"),
            get("GET /dissemination", "/dissemination?spaceKey=VET",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            get("GET /dissemination/totals", "/dissemination/totals?spaceKey=VET",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            get("GET /dissemination/view", "/dissemination/view?spaceKey=VET",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            get("GET /dissemination/{id}", "/dissemination/1",
                    "403 view",  "403 view",  "200",       "200",       "200",       "200",       "200"),
            write("POST /dissemination", "/dissemination", "{\"spaceKey\": \"VET\"}",
                    "401",       "403 edit",  "403 edit",  "400",       "400",       "400",       "400"),
            write("PUT /dissemination/{id}", "/dissemination/1", STALE_BODY,
                    "401",       "403 view",  "403 edit",  "409",       "409",       "409",       "409"),
            write("DELETE /dissemination/{id}", "/dissemination/1?" + STALE, null,
                    "401",       "403 edit",  "403 edit",  "409",       "409",       "409",       "409"),
            write("POST /dissemination/link-check", "/dissemination/link-check?spaceKey=VET", null,
                    "401",       "403 edit",  "403 edit",  "200",       "200",       "200",       "200"),
            // the caller's own choices: anyone logged in
            get("GET /reminders/preferences", "/reminders/preferences",
                    "401",       "200",       "200",       "200",       "200",       "200",       "200"),
            write("PUT /reminders/preferences", "/reminders/preferences", "{\"dailyDigest\": \"maybe\"}",
                    "401",       "400",       "400",       "400",       "400",       "400",       "400"),
            // moving a space's app data: its administrators only; a file of another format imports nothing (400)
            get("GET /spaces/{spaceKey}/data-export", "/spaces/VET/data-export",
                    "401",       "403 data admin", "403 data admin", "403 data admin", "200", "200",    "200"),
            write("POST /spaces/{spaceKey}/data-import", "/spaces/VET/data-import?dryRun=true",
                    "{\"format\": \"something-else\", \"version\": 1}",
                    "401",       "403 data admin", "403 data admin", "403 data admin", "400", "400",    "400"));

    /** What a macro renders only for someone who may change its content (the page script then offers the forms). */
    private static final String EDITABLE = "data-editable";
    private static final String PROFILE = "<ac:structured-macro ac:name=\"practice-profile\" ac:schema-version=\"1\">"
            + "<ac:parameter ac:name=\"institution\">Matrix College</ac:parameter>"
            + "<ac:parameter ac:name=\"country\">AT</ac:parameter></ac:structured-macro>";

    static final List<MacroRow> MACROS = List.of(
            // name, storage on a page of VET, what its content shows, what only its edit controls carry;
            // then the roles, and last the outsider viewing the same storage on a page of his own space OUT
            //      anonymous  outsider   viewer     editor     coordinator space admin system admin on OUT
            macro("action-plan", param("plan", "1"), "Berufskolleg am Rhein", EDITABLE,
                    "login",   "403",     "read",    "edit",    "edit",    "edit",    "edit",    "refused"),
            macro("action-plan-overview", param("spaces", "VET"), "Berufskolleg am Rhein", null,
                    "login",   "403",     "read",    "read",    "read",    "read",    "read",    "refused"),
            onPage("practice-profile", PROFILE, "Matrix College", EDITABLE,
                    "login",   "403",     "read",    "edit",    "edit",    "edit",    "edit",    "edit"),
            // the registry's settings: space administrators (the coordinator is one) change them
            macro("practice-settings", param("space", "VET"), "gpt-practice-settings", EDITABLE,
                    "login",   "403",     "read",    "read",    "edit",    "edit",    "edit",    "refused"),
            // its page's space's administrators only (on the outsider's own page: his space, which he does not administer)
            macro("space-data-transfer", "", "gpt-space-data", EDITABLE,
                    "login",   "403",     "refused", "refused", "edit",    "edit",    "edit",    "refused"),
            // each reader's own mail choices
            macro("reminder-preferences", "", "dailyDigest", EDITABLE,
                    "login",   "403",     "edit",    "edit",    "edit",    "edit",    "edit",    "edit"),
            // on a practice page of its own: the assessment belongs to the page it is on
            onPage("transferability-assessment", PROFILE + macro("transferability-assessment", ""),
                    "gpt-assessment", EDITABLE,
                    "login",   "403",     "read",    "edit",    "edit",    "edit",    "edit",    "edit"),
            // a practice of VET from anywhere: refused or unknown, the badge reads "not assessed yet" alike
            macro("transferability-badge", param("practice", "1101") + param("country", "PL"),
                    "gpt-band--(ready|adaptation|groundwork|not-now)", null,
                    "login",   "403",     "read",    "read",    "read",    "read",    "read",    "nothing"),
            macro("stakeholder-map", param("space", "VET"), "gpt-stakeholder", EDITABLE,
                    "login",   "403",     "read",    "edit",    "edit",    "edit",    "edit",    "refused"),
            macro("dissemination-log", param("space", "VET"), "gpt-dissemination", EDITABLE,
                    "login",   "403",     "read",    "edit",    "edit",    "edit",    "edit",    "refused"),
            macro("practice-dashboard", param("spaces", "VET"), "Duale Mentoren", null,
                    "login",   "403",     "read",    "read",    "read",    "read",    "read",    "nothing"),
            macro("transfer-matrix", param("spaces", "VET"), "Duale Mentoren", null,
                    "login",   "403",     "read",    "read",    "read",    "read",    "read",    "nothing"),
            macro("partnership-report", param("spaces", "VET"), "Germany", null,
                    "login",   "403",     "read",    "read",    "read",    "read",    "read",    "nothing"));

    private AuthorisationMatrix() {
    }

    private static RestRow get(String key, String request, String... expected) {
        return new RestRow(key, request, null, null, List.of(expected));
    }

    private static RestRow write(String key, String request, String body, String... expected) {
        return new RestRow(key, request, body, null, List.of(expected));
    }

    private static RestRow listing(String key, String request, String reveals, String... expected) {
        return new RestRow(key, request, null, reveals, List.of(expected));
    }

    private static MacroRow macro(String name, String parameters, String shows, String editMarker,
                                  String... expected) {
        return onPage(name, macro(name, parameters), shows, editMarker, expected);
    }

    /** A macro row whose page holds more than the macro ({@code storage} as it is). */
    private static MacroRow onPage(String name, String storage, String shows, String editMarker, String... cells) {
        return new MacroRow(name, storage, shows, editMarker, roles(cells), last(cells));
    }

    /** The columns for the roles: all but the last cell of a macro row. */
    private static List<String> roles(String... cells) {
        return List.of(cells).subList(0, cells.length - 1);
    }

    private static String last(String... cells) {
        return cells[cells.length - 1];
    }

    private static String macro(String name, String parameters) {
        return "<ac:structured-macro ac:name=\"" + name + "\" ac:schema-version=\"1\">" + parameters
                + "</ac:structured-macro>";
    }

    private static String param(String name, String value) {
        return "<ac:parameter ac:name=\"" + name + "\">" + value + "</ac:parameter>";
    }
}
