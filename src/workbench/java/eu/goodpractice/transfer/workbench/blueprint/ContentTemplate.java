package eu.goodpractice.transfer.workbench.blueprint;

import eu.goodpractice.transfer.shared.Html;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A blueprint's content template filled in the way Confluence's create-content plugin does it: every
 * {@code <at:var at:name="x"/>} becomes the context's value, escaped, or as markup where the template says
 * {@code at:rawxhtml="true"}; {@code <at:declarations>} are dropped.
 */
public final class ContentTemplate {
    private static final Pattern VARIABLE = Pattern.compile(
            "<at:var\\s+at:name=\"([^\"]+)\"((?:\\s+at:raw[xX]html=\"true\")?)\\s*/>");
    private static final Pattern DECLARATIONS = Pattern.compile("<at:declarations>.*?</at:declarations>", Pattern.DOTALL);

    private ContentTemplate() {
    }

    public static String fill(String template, Map<String, Object> context) {
        Matcher matcher = VARIABLE.matcher(DECLARATIONS.matcher(template).replaceAll(""));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = context.get(matcher.group(1));
            String text = value == null ? "" : value.toString();
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(2).isEmpty() ? Html.escape(text) : text));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
