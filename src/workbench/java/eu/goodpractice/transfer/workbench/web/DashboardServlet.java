package eu.goodpractice.transfer.workbench.web;

import static eu.goodpractice.transfer.workbench.web.Http.escape;

import com.atlassian.confluence.spaces.Space;
import eu.goodpractice.transfer.workbench.PageRepository;
import eu.goodpractice.transfer.workbench.WorkbenchDatabase.PageRecord;
import eu.goodpractice.transfer.workbench.host.StandInConfluence;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The dashboard ({@code /}) and space pages ({@code /display/KEY}, {@code /display/KEY/Title}). */
public final class DashboardServlet extends WorkbenchServlet {
    private final transient PageRepository pages;

    public DashboardServlet(StandInConfluence confluence, PageRepository pages) {
        super(confluence);
        this.pages = pages;
    }

    @Override
    protected void get(Http http) throws IOException {
        String path = http.request().getServletPath() + (http.request().getPathInfo() == null ? ""
                : http.request().getPathInfo());
        if (path.startsWith("/display/")) {
            display(http, path.substring("/display/".length()));
        } else if (path.equals("/") || path.isEmpty() || path.equals("/dashboard.action")) {
            dashboard(http);
        } else {
            http.html(404, Layout.page(http, "Not found", "<h1>Not found</h1>", Set.of()));
        }
    }

    private void dashboard(Http http) throws IOException {
        if (confluence.currentUser() == null) {
            http.toLogin();
            return;
        }
        StringBuilder html = new StringBuilder("<h1>Spaces</h1>");
        List<Space> spaces = confluence.spaces().stream()
                .filter(space -> confluence.hasPermission("VIEWSPACE", space, confluence.currentUser()))
                .sorted(Comparator.comparing(Space::getName)).toList();
        if (spaces.isEmpty()) {
            html.append("<p>You cannot view any space.</p>");
        }
        for (Space space : spaces) {
            html.append("<h2><a href=\"").append(http.url("/display/" + escape(space.getKey()))).append("\">")
                    .append(escape(space.getName())).append("</a></h2>").append(pageList(http, space.getKey()));
        }
        http.html(200, Layout.page(http, "Dashboard", html.toString(), Set.of()));
    }

    private void display(Http http, String rest) throws IOException {
        String[] parts = rest.split("/", 2);
        Space space = confluence.getSpace(parts[0]);
        if (space == null || !confluence.hasPermission("VIEWSPACE", space, confluence.currentUser())) {
            if (confluence.currentUser() == null) {
                http.toLogin();
            } else {
                http.html(space == null ? 404 : 403, Layout.page(http, "Not permitted",
                        "<h1>Not permitted</h1><p>This space does not exist or you may not view it.</p>", Set.of()));
            }
            return;
        }
        if (parts.length == 2 && !parts[1].isBlank()) {
            String title = URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            var page = pages.byTitle(space.getKey(), title);
            if (page.isPresent()) {
                http.response().sendRedirect(http.url("/pages/viewpage.action?pageId=" + page.get().id()));
                return;
            }
        }
        String create = pages.canEdit(space.getKey()) ? "<p><a class=\"wb-button\" id=\"wb-create\" href=\""
                + http.url("/workbench/create?spaceKey=" + escape(space.getKey())) + "\">Create from a template</a> "
                + "<a class=\"wb-button\" href=\"" + http.url("/pages/createpage.action?spaceKey=" + escape(space.getKey()))
                + "\">Create a blank page</a></p>" : "";
        http.html(200, Layout.page(http, space.getName(), "<h1>" + escape(space.getName()) + "</h1>" + create
                + pageList(http, space.getKey()) + trash(http, space.getKey()), Set.of()));
    }

    /** The space's trash, for its editors: restore a page as it was, or purge it for good. */
    private String trash(Http http, String spaceKey) {
        List<PageRecord> trashed = pages.trashIn(spaceKey);
        if (trashed.isEmpty() || !pages.canEdit(spaceKey)) {
            return "";
        }
        StringBuilder list = new StringBuilder("<h2>Trash</h2><ul id=\"wb-trash-list\">");
        for (PageRecord page : trashed) {
            list.append("<li>").append(escape(page.title()));
            for (String[] action : new String[][] {{"restorepage.action", "Restore"}, {"purgepage.action", "Purge"}}) {
                list.append(" <form method=\"post\" style=\"display:inline\" action=\"")
                        .append(http.url("/pages/" + action[0])).append("\"><input type=\"hidden\" name=\"pageId\" value=\"")
                        .append(page.id()).append("\"><button type=\"submit\">").append(action[1]).append("</button></form>");
            }
            list.append("</li>");
        }
        return list.append("</ul>").toString();
    }

    private String pageList(Http http, String spaceKey) {
        StringBuilder list = new StringBuilder("<ul>");
        for (PageRecord page : pages.viewableIn(spaceKey)) {
            list.append("<li><a href=\"").append(http.url("/pages/viewpage.action?pageId=" + page.id())).append("\">")
                    .append(escape(page.title())).append("</a></li>");
        }
        return list.append("</ul>").toString();
    }
}
