package eu.goodpractice.transfer.platform;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Set;

/** What kind of output a macro renders into: only a page viewed in the browser runs the app's scripts. */
public final class MacroOutput {
    private static final Set<String> INTERACTIVE = Set.of("display", "preview");

    private MacroOutput() {
    }

    /** True for a page in the browser; false for PDF, Word, e-mail, feeds, diffs and HTML export. */
    public static boolean isInteractive(ConversionContext context) {
        return context != null && INTERACTIVE.contains(context.getOutputType());
    }
}
