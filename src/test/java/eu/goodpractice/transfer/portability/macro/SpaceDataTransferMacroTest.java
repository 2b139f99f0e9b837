package eu.goodpractice.transfer.portability.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import eu.goodpractice.transfer.testhost.TestApp;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The space data transfer macro as a space administrator, an editor and in a PDF. */
class SpaceDataTransferMacroTest {
    private TestApp testApp;
    private SpaceDataTransferMacro macro;

    @BeforeEach
    void start() {
        testApp = new TestApp();
        macro = testApp.app.module(SpaceDataTransferMacro.class);
    }

    @AfterEach
    void stop() {
        testApp.confluence.logOut();
        testApp.confluence.setLocale(Locale.ENGLISH);
        testApp.close();
    }

    @Test
    void aSpaceAdministratorGetsTheDownloadLinkAndTheImportInTheirLanguage() throws Exception {
        testApp.confluence.logIn("coordinator");
        testApp.confluence.setLocale(Locale.GERMAN);

        String html = macro.execute(Map.of(), "", context("display"));

        assertThat(html).contains("href=\"/confluence/rest/practice-transfer/1.0/spaces/VET/data-export\"")
                .contains("data-import-url=\"/confluence/rest/practice-transfer/1.0/spaces/VET/data-import\"")
                .contains("App-Daten herunterladen (JSON)").contains("data-editable=\"true\"")
                .contains("Datei pr\u00fcfen");
        assertThat(testApp.confluence.requiredResources())
                .contains("eu.goodpractice.practice-transfer:space-data-resources");
    }

    @Test
    void anEditorWhoIsNoSpaceAdministratorIsToldSoAndGetsNoLink() throws Exception {
        testApp.confluence.logIn("ana");

        String html = macro.execute(Map.of(), "", context("display"));

        assertThat(html).doesNotContain("data-export").doesNotContain("gpt-space-data");
        assertThat(testApp.confluence.requiredResources()).isEmpty();
    }

    @Test
    void inAPdfTheLinkStaysAndNoScriptIsAskedFor() throws Exception {
        testApp.confluence.logIn("coordinator");

        String html = macro.execute(Map.of(), "", context("pdf"));

        assertThat(html).contains("data-export").doesNotContain("data-editable");
        assertThat(testApp.confluence.requiredResources()).isEmpty();
    }

    private static ConversionContext context(String outputType) {
        ConversionContext context = mock(ConversionContext.class);
        when(context.getSpaceKey()).thenReturn("VET");
        when(context.getOutputType()).thenReturn(outputType);
        return context;
    }
}
