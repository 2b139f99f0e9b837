package eu.goodpractice.transfer.workbench.web;

import static eu.goodpractice.transfer.workbench.web.Http.escape;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import eu.goodpractice.transfer.workbench.PageRepository;
import eu.goodpractice.transfer.workbench.PluginDescriptor.Blueprint;
import eu.goodpractice.transfer.workbench.WorkbenchDatabase.PageRecord;
import eu.goodpractice.transfer.workbench.blueprint.BlueprintPages;
import eu.goodpractice.transfer.workbench.host.StandInConfluence;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /workbench/create?spaceKey=}: the create dialog's stand-in. It lists the app's blueprints; a blueprint's
 * form is its wizard's own Soy page, and the page is created through the blueprint's context provider and content
 * template. A refused answer shows the app's message, and what was entered stays in the form.
 */
public final class CreateServlet extends WorkbenchServlet {
    /** What Confluence's wizard script does before submitting: ticked boxes joined into their hidden input. */
    private static final String FORM_SCRIPT = """
            (function () {
              var form = document.getElementById('wb-create-form');
              var answers = JSON.parse(form.getAttribute('data-answers') || '{}');
              Object.keys(answers).forEach(function (name) {
                var value = answers[name];
                form.querySelectorAll('[name="' + name + '"]').forEach(function (input) { input.value = value; });
                form.querySelectorAll('fieldset[data-joined-into="' + name + '"] input[type=checkbox]').forEach(
                  function (box) { box.checked = value.split(',').indexOf(box.value) >= 0; });
              });
              form.addEventListener('submit', function () {
                form.querySelectorAll('fieldset[data-joined-into]').forEach(function (set) {
                  var ticked = Array.prototype.filter.call(set.querySelectorAll('input[type=checkbox]'),
                    function (box) { return box.checked; }).map(function (box) { return box.value; });
                  form.querySelector('[name="' + set.getAttribute('data-joined-into') + '"]').value = ticked.join(',');
                });
              });
            })();
            """;

    private final transient BlueprintPages blueprints;
    private final transient PageRepository pages;

    public CreateServlet(StandInConfluence confluence, BlueprintPages blueprints, PageRepository pages) {
        super(confluence);
        this.blueprints = blueprints;
        this.pages = pages;
    }

    @Override
    protected void get(Http http) throws IOException {
        String spaceKey = http.request().getParameter("spaceKey");
        if (!mayCreate(http, spaceKey)) {
            return;
        }
        Optional<Blueprint> blueprint = blueprints.blueprint(String.valueOf(http.request().getParameter("blueprint")));
        if (blueprint.isPresent()) {
            form(http, 200, spaceKey, blueprint.get(), null, Json.object());
            return;
        }
        StringBuilder list = new StringBuilder("<h1>Create</h1><ul id=\"wb-blueprints\">");
        for (Blueprint each : blueprints.blueprints()) {
            list.append("<li><a data-blueprint=\"").append(escape(each.key())).append("\" href=\"")
                    .append(http.url("/workbench/create?spaceKey=" + escape(spaceKey) + "&blueprint=" + escape(each.key())))
                    .append("\"><strong>").append(escape(blueprints.text(each.nameKey()))).append("</strong></a>");
            if (each.descriptionKey() != null) {
                list.append(" &ndash; ").append(escape(blueprints.text(each.descriptionKey())));
            }
            list.append("</li>");
        }
        http.html(200, Layout.page(http, "Create", list.append("</ul>").toString(), Set.of()));
    }

    @Override
    protected void post(Http http) throws IOException {
        String spaceKey = http.request().getParameter("spaceKey");
        if (!mayCreate(http, spaceKey)) {
            return;
        }
        Optional<Blueprint> blueprint = blueprints.blueprint(String.valueOf(http.request().getParameter("blueprint")));
        if (blueprint.isEmpty()) {
            http.response().sendError(404);
            return;
        }
        Map<String, String[]> answers = new java.util.LinkedHashMap<>(http.request().getParameterMap());
        answers.remove("spaceKey");
        answers.remove("blueprint");
        try {
            PageRecord page = blueprints.create(blueprint.get(), spaceKey, answers);
            http.response().sendRedirect(http.url("/pages/viewpage.action?pageId=" + page.id()));
        } catch (RuntimeException e) {
            JsonObject typed = Json.object();
            answers.forEach((name, values) -> typed.add(name, String.join(",", values)));
            form(http, 400, spaceKey, blueprint.get(), e.getMessage(), typed);
        }
    }

    private void form(Http http, int status, String spaceKey, Blueprint blueprint, String problem, JsonObject answers)
            throws IOException {
        String own = "<input type=\"hidden\" name=\"spaceKey\" value=\"" + escape(spaceKey) + "\">"
                + "<input type=\"hidden\" name=\"blueprint\" value=\"" + escape(blueprint.key()) + "\">";
        String submit = "<p><button type=\"submit\" id=\"wb-create-submit\">Create</button></p>";
        String formTag = "<form method=\"post\" id=\"wb-create-form\" class=\"aui\" action=\"" + http.url("/workbench/create")
                + "\" data-answers=\"" + escape(answers.toString()) + "\">";
        String wizard = blueprints.wizardForm(blueprint);
        int open = wizard.indexOf("<form");
        int close = wizard.lastIndexOf("</form>");
        // the wizard page is a form of its own, as in the create dialog: it becomes the one that is submitted
        String body = open < 0 || close < open
                ? formTag + own + wizard + submit + "</form>"
                : wizard.substring(0, open) + formTag + own + wizard.substring(wizard.indexOf('>', open) + 1, close)
                + submit + wizard.substring(close);
        String html = "<h1>" + escape(blueprints.text(blueprint.nameKey())) + "</h1>"
                + (problem == null ? "" : "<div class=\"aui-message aui-message-error\" role=\"alert\" id=\"wb-create-error\">"
                + escape(problem) + "</div>")
                + body + "<script>" + FORM_SCRIPT + "</script>";
        http.html(status, Layout.page(http, blueprints.text(blueprint.nameKey()), html, Set.of()));
    }

    private boolean mayCreate(Http http, String spaceKey) throws IOException {
        if (confluence.currentUser() == null) {
            http.toLogin();
            return false;
        }
        if (spaceKey == null || confluence.getSpace(spaceKey) == null || !pages.canEdit(spaceKey)) {
            http.html(403, Layout.page(http, "Not permitted",
                    "<h1>Not permitted</h1><p>You do not have permission to create pages in this space.</p>", Set.of()));
            return false;
        }
        return true;
    }
}
