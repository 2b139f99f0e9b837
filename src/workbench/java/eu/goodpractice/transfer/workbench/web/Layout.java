package eu.goodpractice.transfer.workbench.web;

import static eu.goodpractice.transfer.workbench.web.Http.escape;

import eu.goodpractice.transfer.workbench.host.HostUser;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The workbench's page frame: who is logged in, the language switch, the page, and the app's web resources. */
public final class Layout {
    /** The app's seven languages, named in their own language. */
    public static final Map<String, String> LANGUAGES = languages();

    private static final String STYLE = """
            body{margin:0;font:14px/1.45 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#172b4d}
            .wb-header{display:flex;gap:16px;align-items:center;justify-content:space-between;padding:8px 20px;
              background:#0747a6;color:#fff}
            .wb-header a{color:#fff}.wb-brand{font-weight:600;text-decoration:none}
            .wb-user{display:flex;gap:12px;align-items:center}
            .wb-note{margin:0;padding:4px 20px;background:#deebff;font-size:12px}
            main{padding:12px 24px 40px;max-width:1200px}
            .wb-crumbs{font-size:12px;color:#5e6c84}.wb-actions{float:right}
            .confluenceTable{border-collapse:collapse;margin:8px 0}
            .confluenceTh,.confluenceTd{border:1px solid #c1c7d0;padding:6px 10px;text-align:left;vertical-align:top}
            .confluenceTh{background:#f4f5f7}
            .aui-message{border:1px solid #dfe1e6;border-left:4px solid #0065ff;padding:8px 12px;margin:8px 0}
            .aui-message-error{border-left-color:#de350b;background:#ffebe6}
            label{display:block;margin:8px 0 4px;font-weight:600}
            input[type=text],input[type=password],textarea{font:inherit;padding:6px;border:1px solid #8993a4;border-radius:3px}
            textarea{width:100%;min-height:360px;font-family:monospace}
            button,.wb-button{font:inherit;padding:6px 12px;border-radius:3px;border:1px solid #0052cc;
              background:#0052cc;color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
            :focus-visible{outline:2px solid #4c9aff;outline-offset:2px}
            """;

    private Layout() {
    }

    /**
     * A whole page. {@code bodyHtml} is already safe HTML; {@code resources} are the URLs of the web-resource files the
     * page's macros asked for, in the order they must load (each resource's dependencies first, as
     * {@link WebResourceServlet#urls} gives them): the stylesheets go into the head and the scripts to the end of the
     * body, each in that order.
     */
    public static String page(Http http, String title, String bodyHtml, Set<String> resources) {
        HostUser user = http.confluence().currentUser();
        StringBuilder head = new StringBuilder();
        StringBuilder scripts = new StringBuilder();
        for (String url : resources) {
            if (url.endsWith(".css")) {
                head.append("<link rel=\"stylesheet\" href=\"").append(escape(url)).append("\">\n");
            } else if (url.endsWith(".js")) {
                scripts.append("<script src=\"").append(escape(url)).append("\"></script>\n");
            }
        }
        Locale locale = http.confluence().locale();
        return "<!DOCTYPE html>\n<html lang=\"" + escape(locale.getLanguage()) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " - Workbench</title><style>" + STYLE + "</style>\n" + head + "</head>"
                + "<body><header class=\"wb-header\"><a class=\"wb-brand\" href=\"" + http.url("/") + "\">"
                + "Good Practice Transfer &middot; Workbench</a><a id=\"wb-outbox-link\" href=\"" + http.url("/workbench/outbox")
                + "\">Outbox</a><div class=\"wb-user\">"
                + languageSwitch(http, locale) + who(http, user) + "</div></header>"
                + "<p class=\"wb-note\">A stand-in Confluence host for trying and testing the app - not Confluence.</p>"
                + "<main>" + bodyHtml + "</main>\n" + scripts + "</body></html>";
    }

    private static String who(Http http, HostUser user) {
        if (user == null) {
            return "<a id=\"wb-login\" href=\"" + http.url("/login.action") + "\">Log in</a>";
        }
        return "<span id=\"wb-current-user\" data-username=\"" + escape(user.getName()) + "\">"
                + escape(user.getFullName()) + "</span>"
                + "<form method=\"post\" action=\"" + http.url("/logout.action") + "\" style=\"margin:0\">"
                + "<button type=\"submit\" id=\"wb-logout\">Log out</button></form>";
    }

    private static String languageSwitch(Http http, Locale current) {
        StringBuilder select = new StringBuilder("<form method=\"post\" action=\"" + http.url("/workbench/language")
                + "\" style=\"margin:0\"><label for=\"wb-lang\" style=\"display:inline;color:#fff;margin:0 6px\">"
                + "Language</label><select id=\"wb-lang\" name=\"lang\" onchange=\"this.form.submit()\">");
        LANGUAGES.forEach((code, name) -> select.append("<option value=\"").append(code).append('"')
                .append(code.equals(current.getLanguage()) ? " selected" : "").append('>')
                .append(escape(name)).append("</option>"));
        select.append("</select><input type=\"hidden\" name=\"back\" value=\"").append(escape(http.pathAndQuery()))
                .append("\"><noscript><button type=\"submit\">OK</button></noscript></form>");
        return select.toString();
    }

    private static Map<String, String> languages() {
        Map<String, String> languages = new LinkedHashMap<>();
        languages.put("en", "English");
        languages.put("de", "Deutsch");
        languages.put("fr", "Fran\u00e7ais");
        languages.put("it", "Italiano");
        languages.put("es", "Espa\u00f1ol");
        languages.put("pl", "Polski");
        languages.put("nl", "Nederlands");
        return languages;
    }
}
