package eu.goodpractice.transfer.workbench.web;

import static eu.goodpractice.transfer.workbench.web.Http.escape;

import eu.goodpractice.transfer.workbench.host.HostAuthFilter;
import eu.goodpractice.transfer.workbench.host.StandInConfluence;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;

/** Log in (every password equals the user name) and log out, as on Confluence's login page. */
public final class LoginServlet extends WorkbenchServlet {
    private final transient HostAuthFilter auth;

    public LoginServlet(StandInConfluence confluence, HostAuthFilter auth) {
        super(confluence);
        this.auth = auth;
    }

    @Override
    protected void get(Http http) throws IOException {
        form(http, 200, null, "");
    }

    @Override
    protected void post(Http http) throws IOException {
        String name = http.request().getParameter("os_username");
        String user = auth.authenticate(name, http.request().getParameter("os_password"));
        if (user == null) {
            form(http, 401, "Sorry, your username and password are incorrect - please try again.", name);
            return;
        }
        HttpSession old = http.request().getSession(false);
        Object language = old == null ? null : old.getAttribute(HostAuthFilter.SESSION_LANGUAGE);
        if (old != null) {
            old.invalidate(); // a fresh session on login, so a planted session id is worth nothing
        }
        HttpSession session = http.request().getSession(true);
        session.setAttribute(HostAuthFilter.SESSION_USER, user);
        if (language != null) {
            session.setAttribute(HostAuthFilter.SESSION_LANGUAGE, language);
        }
        http.redirect(http.request().getParameter("os_destination"));
    }

    private void form(Http http, int status, String error, String name) throws IOException {
        String destination = http.request().getParameter("os_destination");
        String body = "<h1>Log in</h1>"
                + (error == null ? "" : "<div class=\"aui-message aui-message-error\" role=\"alert\">" + escape(error) + "</div>")
                + "<form method=\"post\" action=\"" + http.url("/login.action") + "\" id=\"wb-login-form\">"
                + "<label for=\"os_username\">Username</label><input type=\"text\" id=\"os_username\" name=\"os_username\" "
                + "autocomplete=\"username\" value=\"" + escape(name == null ? "" : name) + "\" autofocus>"
                + "<label for=\"os_password\">Password</label><input type=\"password\" id=\"os_password\" "
                + "name=\"os_password\" autocomplete=\"current-password\">"
                + "<input type=\"hidden\" name=\"os_destination\" value=\"" + escape(destination == null ? "" : destination) + "\">"
                + "<p><button type=\"submit\" id=\"wb-login-submit\">Log in</button></p></form>"
                + "<p>Users: <code>admin</code>, <code>coordinator</code>, the partners' editors (<code>editor-de</code>, "
                + "<code>editor-fr</code>, <code>editor-it</code>, <code>editor-es</code>, <code>editor-pl</code>, "
                + "<code>editor-nl</code>, <code>editor-fi</code>), <code>viewer</code> and <code>outsider</code>; "
                + "each password equals the user name.</p>";
        http.html(status, Layout.page(http, "Log in", body, Set.of()));
    }

    /** {@code POST /logout.action}: ends the session. */
    public static final class Logout extends WorkbenchServlet {
        public Logout(StandInConfluence confluence) {
            super(confluence);
        }

        @Override
        protected void get(Http http) throws IOException {
            post(http);
        }

        @Override
        protected void post(Http http) throws IOException {
            HttpSession session = http.request().getSession(false);
            if (session != null) {
                session.invalidate();
            }
            http.response().sendRedirect(http.url("/login.action"));
        }
    }

    /** {@code POST /workbench/language}: the UI language for this browser session. */
    public static final class Language extends WorkbenchServlet {
        public Language(StandInConfluence confluence) {
            super(confluence);
        }

        @Override
        protected void get(Http http) throws IOException {
            post(http);
        }

        @Override
        protected void post(Http http) throws IOException {
            String language = http.request().getParameter("lang");
            if (HostAuthFilter.isSupported(language)) {
                http.request().getSession(true).setAttribute(HostAuthFilter.SESSION_LANGUAGE, language);
            }
            http.redirect(http.request().getParameter("back"));
        }
    }
}
