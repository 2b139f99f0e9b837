package eu.goodpractice.transfer.workbench.web;

import static eu.goodpractice.transfer.workbench.web.Http.escape;

import com.atlassian.confluence.spaces.Space;
import eu.goodpractice.transfer.workbench.MacroRunner;
import eu.goodpractice.transfer.workbench.PageRepository;
import eu.goodpractice.transfer.workbench.PluginDescriptor;
import eu.goodpractice.transfer.workbench.StorageFormat;
import eu.goodpractice.transfer.workbench.WorkbenchDatabase.PageRecord;
import eu.goodpractice.transfer.workbench.host.StandInConfluence;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Pages: {@code /pages/viewpage.action?pageId=}, {@code editpage.action} and {@code createpage.action?spaceKey=}.
 * Viewing renders the storage-format body with the app's macros; editing is a plain storage-format text area whose
 * input is kept when it is not well-formed.
 */
public final class PageServlet extends WorkbenchServlet {
    private final transient PageRepository pages;
    private final transient MacroRunner macros;
    private final transient PluginDescriptor descriptor;

    public PageServlet(StandInConfluence confluence, PageRepository pages, MacroRunner macros,
                       PluginDescriptor descriptor) {
        super(confluence);
        this.pages = pages;
        this.macros = macros;
        this.descriptor = descriptor;
    }

    @Override
    protected void get(Http http) throws IOException {
        String action = action(http);
        if ("createpage.action".equals(action)) {
            String spaceKey = http.request().getParameter("spaceKey");
            if (mayEdit(http, spaceKey)) {
                editor(http, 200, null, spaceKey, "", "", null);
            }
            return;
        }
        Optional<PageRecord> page = page(http);
        if (page.isEmpty()) {
            http.html(404, Layout.page(http, "Page not found", "<h1>Page not found</h1>", Set.of()));
        } else if (!pages.canView(page.get())) {
            denied(http);
        } else if ("editpage.action".equals(action)) {
            if (mayEdit(http, page.get().spaceKey())) {
                editor(http, 200, null, page.get().spaceKey(), page.get().title(), page.get().body(), page.get().id());
            }
        } else {
            view(http, page.get());
        }
    }

    @Override
    protected void post(Http http) throws IOException {
        String action = action(http);
        if (Set.of("movepage.action", "trashpage.action", "restorepage.action", "purgepage.action").contains(action)) {
            lifecycle(http, action);
            return;
        }
        Optional<PageRecord> existing = page(http);
        String spaceKey = existing.map(PageRecord::spaceKey).orElse(http.request().getParameter("spaceKey"));
        if (!mayEdit(http, spaceKey) || existing.isPresent() && !pages.canView(existing.get())) {
            return;
        }
        String title = http.request().getParameter("title") == null ? "" : http.request().getParameter("title").strip();
        String body = http.request().getParameter("body") == null ? "" : http.request().getParameter("body");
        Long id = existing.map(PageRecord::id).orElse(null);
        String problem = title.isEmpty() ? "Please give the page a title."
                : pages.byTitle(spaceKey, title).filter(other -> id == null || other.id() != id).isPresent()
                ? "A page with this title already exists in this space."
                : StorageFormat.problemIn(body) == null ? null
                : "The body is not valid storage format: " + StorageFormat.problemIn(body);
        if (problem != null) {
            editor(http, 400, problem, spaceKey, title, body, id); // what was typed stays in the form
            return;
        }
        PageRecord saved = pages.save(id, spaceKey, title, body, existing.map(PageRecord::viewers).orElse(null));
        http.response().sendRedirect(http.url("/pages/viewpage.action?pageId=" + saved.id()));
    }

    /** Move, trash, restore and purge: what the app must follow through Confluence's page events. */
    private void lifecycle(Http http, String action) throws IOException {
        long id;
        try {
            id = Long.parseLong(http.request().getParameter("pageId"));
        } catch (NumberFormatException e) {
            http.html(400, Layout.page(http, "Bad request", "<h1>No such page</h1>", Set.of()));
            return;
        }
        Optional<PageRecord> page = action.equals("restorepage.action") || action.equals("purgepage.action")
                ? pages.trashed(id) : pages.page(id);
        if (page.isEmpty()) {
            http.html(404, Layout.page(http, "Page not found", "<h1>Page not found</h1>", Set.of()));
            return;
        }
        if (!mayEdit(http, page.get().spaceKey())) {
            return;
        }
        switch (action) {
            case "movepage.action" -> {
                String target = http.request().getParameter("spaceKey");
                if (!mayEdit(http, target)) {
                    return;
                }
                pages.move(id, target);
                http.response().sendRedirect(http.url("/pages/viewpage.action?pageId=" + id));
            }
            case "trashpage.action" -> {
                pages.trash(id);
                http.response().sendRedirect(http.url("/display/" + page.get().spaceKey()));
            }
            case "restorepage.action" -> {
                pages.restore(id);
                http.response().sendRedirect(http.url("/pages/viewpage.action?pageId=" + id));
            }
            default -> {
                pages.purge(id);
                http.response().sendRedirect(http.url("/display/" + page.get().spaceKey()));
            }
        }
    }

    private String lifecycleForms(Http http, PageRecord page) {
        StringBuilder spaces = new StringBuilder();
        for (Space space : confluence.spaces()) {
            if (!space.getKey().equals(page.spaceKey()) && pages.canEdit(space.getKey())) {
                spaces.append("<option value=\"").append(escape(space.getKey())).append("\">")
                        .append(escape(space.getName())).append("</option>");
            }
        }
        String move = spaces.isEmpty() ? "" : "<form method=\"post\" action=\"" + http.url("/pages/movepage.action")
                + "\" style=\"display:inline\"><input type=\"hidden\" name=\"pageId\" value=\"" + page.id() + "\">"
                + "<label for=\"wb-move\" style=\"display:inline\">Move to</label> <select id=\"wb-move\" name=\"spaceKey\">"
                + spaces + "</select> <button type=\"submit\">Move</button></form> ";
        return move + "<form method=\"post\" action=\"" + http.url("/pages/trashpage.action") + "\" style=\"display:inline\">"
                + "<input type=\"hidden\" name=\"pageId\" value=\"" + page.id() + "\">"
                + "<button type=\"submit\" id=\"wb-trash\">Move to trash</button></form>";
    }

    private void view(Http http, PageRecord page) throws IOException {
        boolean export = "pdf".equals(http.request().getParameter("export"));
        String outputType = export ? "pdf" : "display";
        String body = StorageFormat.toHtml(page.body(),
                (name, parameters, macroBody) -> macros.run(name, parameters, macroBody, confluence.getPage(page.id()),
                        outputType));
        Set<String> resources = new LinkedHashSet<>(
                WebResourceServlet.urls(http.request().getContextPath(), descriptor, confluence.requiredResources()));
        Space space = confluence.getSpace(page.spaceKey());
        String actions = (pages.canEdit(page.spaceKey())
                ? "<a class=\"wb-button\" id=\"wb-edit\" href=\"" + http.url("/pages/editpage.action?pageId=" + page.id())
                + "\">Edit</a> " : "")
                + "<a href=\"" + http.url("/pages/viewpage.action?pageId=" + page.id() + (export ? "" : "&export=pdf"))
                + "\">" + (export ? "Back to the page" : "Export view (as in PDF)") + "</a>";
        String html = "<p class=\"wb-crumbs\"><a href=\"" + http.url("/display/" + escape(page.spaceKey())) + "\">"
                + escape(space == null ? page.spaceKey() : space.getName()) + "</a></p>"
                + "<div class=\"wb-actions\">" + actions + "</div>"
                + (pages.canEdit(page.spaceKey()) && !export ? "<p class=\"wb-lifecycle\">" + lifecycleForms(http, page)
                + "</p>" : "")
                + "<h1 id=\"title-text\">" + escape(page.title()) + "</h1>"
                + "<div id=\"main-content\" class=\"wiki-content\">" + body + "</div>";
        http.html(200, Layout.page(http, page.title(), html, resources));
    }

    private void editor(Http http, int status, String problem, String spaceKey, String title, String body, Long id)
            throws IOException {
        String target = id == null ? "/pages/createpage.action?spaceKey=" + escape(spaceKey)
                : "/pages/editpage.action?pageId=" + id;
        String html = "<h1>" + (id == null ? "Create a page" : "Edit " + escape(title)) + "</h1>"
                + (problem == null ? "" : "<div class=\"aui-message aui-message-error\" role=\"alert\">"
                + escape(problem) + "</div>")
                + "<form method=\"post\" action=\"" + http.url(target) + "\">"
                + "<label for=\"wb-title\">Title</label><input type=\"text\" id=\"wb-title\" name=\"title\" size=\"80\" "
                + "value=\"" + escape(title) + "\">"
                + "<label for=\"wb-body\">Body (Confluence storage format)</label>"
                + "<textarea id=\"wb-body\" name=\"body\">" + escape(body) + "</textarea>"
                + "<p><button type=\"submit\" id=\"wb-save\">Save</button></p></form>";
        http.html(status, Layout.page(http, id == null ? "Create a page" : title, html, Set.of()));
    }

    private boolean mayEdit(Http http, String spaceKey) throws IOException {
        if (confluence.currentUser() == null) {
            http.toLogin();
            return false;
        }
        if (spaceKey == null || confluence.getSpace(spaceKey) == null || !pages.canEdit(spaceKey)) {
            http.html(HttpServletResponse.SC_FORBIDDEN, Layout.page(http, "Not permitted",
                    "<h1>Not permitted</h1><p>You do not have permission to edit in this space.</p>", Set.of()));
            return false;
        }
        return true;
    }

    private void denied(Http http) throws IOException {
        if (confluence.currentUser() == null) {
            http.toLogin();
            return;
        }
        http.html(HttpServletResponse.SC_FORBIDDEN, Layout.page(http, "Not permitted",
                "<h1>Not permitted</h1><p>You do not have permission to view this page.</p>", Set.of()));
    }

    private static String action(Http http) {
        String path = http.request().getPathInfo();
        return path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
    }

    private Optional<PageRecord> page(Http http) {
        try {
            String id = http.request().getParameter("pageId");
            return id == null ? Optional.empty() : pages.page(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
