package eu.goodpractice.transfer.workbench;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.pages.Page;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the app's macros in a page, showing a failing macro the way Confluence does, in its own box. */
public final class MacroRunner {
    private static final Logger LOG = Logger.getLogger(MacroRunner.class.getName());

    private final AppHost app;
    private final PageRepository pages;

    public MacroRunner(AppHost app, PageRepository pages) {
        this.app = app;
        this.pages = pages;
    }

    /** The HTML of one macro in the given page, for the given output ("display", "pdf", ...). */
    public String run(String name, Map<String, String> parameters, String body, Page page, String outputType) {
        Macro macro = app.macro(name);
        if (macro == null && "contentbylabel".equals(name)) {
            return contentByLabel(parameters.get("labels"), page.getSpaceKey());
        }
        if (macro == null) {
            return errorBox("Unknown macro: '" + name + "'", "No installed app provides this macro.");
        }
        try {
            return macro.execute(parameters, body, new PageContext(page, outputType));
        } catch (MacroExecutionException e) {
            return errorBox("Error rendering macro '" + name + "'", e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Macro " + name + " failed", e);
            return errorBox("Error rendering macro '" + name + "'", e.getClass().getName());
        }
    }

    /** Confluence's own Content by Label macro, as far as blueprint index pages use it: a list of links. */
    private String contentByLabel(String label, String spaceKey) {
        StringBuilder list = new StringBuilder("<ul class=\"content-by-label\">");
        for (var page : pages.labelledIn(spaceKey, label == null ? "" : label.strip())) {
            list.append("<li><a href=\"").append(WorkbenchServer.CONTEXT).append("/pages/viewpage.action?pageId=")
                    .append(page.id()).append("\">").append(StorageFormat.escape(page.title())).append("</a></li>");
        }
        return list.append("</ul>").toString();
    }

    /** Confluence's error box for a macro: a title and the message, the page around it still renders. */
    static String errorBox(String title, String message) {
        return "<div class=\"aui-message aui-message-error conf-macro output-block\" role=\"alert\">"
                + "<p class=\"title\"><strong>" + StorageFormat.escape(title) + "</strong></p>"
                + "<p>" + StorageFormat.escape(message) + "</p></div>";
    }

    /** The conversion context of a page being rendered. */
    private record PageContext(Page page, String outputType) implements ConversionContext {
        @Override
        public String getSpaceKey() {
            return page.getSpaceKey();
        }

        @Override
        public ContentEntityObject getEntity() {
            return page;
        }

        @Override
        public String getOutputType() {
            return outputType;
        }

        @Override
        public Object getProperty(String key) {
            return null;
        }
    }
}
