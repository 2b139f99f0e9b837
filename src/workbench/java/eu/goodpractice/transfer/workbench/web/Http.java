package eu.goodpractice.transfer.workbench.web;

import eu.goodpractice.transfer.workbench.host.StandInConfluence;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** One request and its response, with the few helpers the workbench's pages share. */
public record Http(HttpServletRequest request, HttpServletResponse response, StandInConfluence confluence) {

    /** A path inside the workbench, with the context path in front. */
    public String url(String path) {
        return request.getContextPath() + path;
    }

    public String pathAndQuery() {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    public void html(int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    /** Redirects only within the workbench, never to another site. */
    public void redirect(String target) throws IOException {
        String safe = target != null && target.startsWith(request.getContextPath() + "/") && !target.startsWith("//")
                ? target : url("/");
        response.sendRedirect(safe);
    }

    /** Sends a visitor who is not logged in to the login page, to come back here afterwards. */
    public void toLogin() throws IOException {
        response.sendRedirect(url("/login.action") + "?os_destination="
                + java.net.URLEncoder.encode(pathAndQuery(), StandardCharsets.UTF_8));
    }

    public static String escape(String text) {
        return eu.goodpractice.transfer.workbench.StorageFormat.escape(text);
    }
}
