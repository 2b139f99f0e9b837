package eu.goodpractice.transfer.workbench.web;

import eu.goodpractice.transfer.workbench.host.StandInConfluence;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A workbench page: GET and POST get the request wrapped with the host, as {@link Http}. */
abstract class WorkbenchServlet extends HttpServlet {
    protected final transient StandInConfluence confluence;

    WorkbenchServlet(StandInConfluence confluence) {
        this.confluence = confluence;
    }

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        get(new Http(request, response, confluence));
    }

    @Override
    protected final void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        post(new Http(request, response, confluence));
    }

    protected abstract void get(Http http) throws IOException;

    protected void post(Http http) throws IOException {
        http.response().sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }
}
