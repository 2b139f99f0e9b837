package eu.goodpractice.transfer.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StorageMacrosTest {
    @Test
    void readsTheParametersOfTheNamedMacroOnly() {
        String body = "<p>Caf&eacute;&nbsp;&amp; more</p><ac:structured-macro ac:name=\"action-plan\">"
                + "<ac:parameter ac:name=\"institution\">Other</ac:parameter></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"practice-profile\"><ac:parameter ac:name=\"institution\">"
                + "Zesp\u00f3\u0142 &amp; Partner</ac:parameter></ac:structured-macro>";

        assertThat(StorageMacros.parameters(body, "practice-profile")).contains(Map.of("institution", "Zesp\u00f3\u0142 & Partner"));
    }

    @Test
    void aBodyWithoutTheMacroOrNotWellFormedHasNone() {
        assertThat(StorageMacros.parameters("<p>practice-profile</p>", "practice-profile")).isEmpty();
        assertThat(StorageMacros.parameters("<p>practice-profile", "practice-profile")).isEmpty();
        assertThat(StorageMacros.parameters(null, "practice-profile")).isEmpty();
    }
}
