package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorageFormatTest {
    private final List<String> ran = new ArrayList<>();
    private final StorageFormat.MacroRunner recorder = (name, parameters, body) -> {
        ran.add(name + parameters);
        return "<div class=\"macro\">" + name + "</div>";
    };

    @Test
    void runsEachMacroWithItsParametersInPlace() {
        String html = StorageFormat.toHtml("<p>Before&nbsp;&ndash; &amp;</p><ac:structured-macro ac:name=\"action-plan\">"
                + "<ac:parameter ac:name=\"institution\">Omnia</ac:parameter></ac:structured-macro><p>After</p>", recorder);

        assertThat(ran).containsExactly("action-plan{institution=Omnia}");
        assertThat(html).isEqualTo("<p>Before\u00a0\u2013 &amp;</p><div class=\"macro\">action-plan</div><p>After</p>");
    }

    @Test
    void dropsScriptsAndEventHandlersFromTheBody() {
        String html = StorageFormat.toHtml("<p onclick=\"steal()\">Hi<script>steal()</script></p>"
                + "<a href=\"javascript:steal()\">x</a>", recorder);

        assertThat(html).isEqualTo("<p>Hi</p><a>x</a>");
    }

    @Test
    void aBodyThatIsNotWellFormedIsReportedNotRendered() {
        assertThat(StorageFormat.problemIn("<p>open")).isNotNull();
        assertThat(StorageFormat.problemIn("<p>fine</p>")).isNull();
        assertThat(StorageFormat.toHtml("<p>open", recorder)).contains("not valid storage format");
        assertThat(ran).isEmpty();
    }

    @Test
    void anUnknownMacroIsShownAsConfluenceDoes() {
        assertThat(MacroRunner.errorBox("Unknown macro: 'x'", "<b>no</b>"))
                .contains("aui-message-error").contains("Unknown macro: &#39;x&#39;").contains("&lt;b&gt;no&lt;/b&gt;");
    }
}
