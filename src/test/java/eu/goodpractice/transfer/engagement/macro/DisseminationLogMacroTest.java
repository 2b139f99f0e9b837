package eu.goodpractice.transfer.engagement.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import eu.goodpractice.transfer.engagement.DisseminationActivity;
import eu.goodpractice.transfer.engagement.DisseminationInput;
import eu.goodpractice.transfer.engagement.DisseminationService;
import eu.goodpractice.transfer.engagement.DisseminationStore;
import eu.goodpractice.transfer.engagement.LinkCheck;
import eu.goodpractice.transfer.engagement.LinkReason;
import eu.goodpractice.transfer.engagement.LinkTarget;
import eu.goodpractice.transfer.testhost.TestApp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dissemination-log macro as a reader sees it: real templates, real i18n, real storage, stand-in Confluence. */
class DisseminationLogMacroTest {
    private static final String EDITABLE = "data-editable=\"true\"";
    private static final Instant CHECKED = Instant.parse("2026-11-01T03:00:00Z");

    private TestApp testApp;
    private DisseminationLogMacro macro;

    @BeforeEach
    void start() {
        testApp = new TestApp();
        macro = testApp.app.module(DisseminationLogMacro.class);
        testApp.confluence.addPage(7101, "VET", "Dual mentoring");
        testApp.confluence.addPage(7102, "VET", "Secret draft", "coordinator");
        testApp.confluence.logIn("coordinator");
        DisseminationService service = testApp.app.bean(DisseminationService.class);
        DisseminationActivity talk = service.create(input("CONFERENCE", "DE", "Talk <at> the forum", "120",
                "https://example.org/forum", List.of("7101", "7102")));
        DisseminationActivity article = service.create(input("MEDIA", "FR", "Article", "3000",
                "https://example.org/article", List.of()));
        service.create(input("CONFERENCE", "DE", "Second talk", "80", "http://intranet.local/slides", List.of()));
        testApp.app.bean(DisseminationStore.class).recordLinkChecks(Map.of(
                new LinkTarget(talk.id(), talk.link()), LinkCheck.ok(200, CHECKED),
                new LinkTarget(article.id(), article.link()), LinkCheck.dead(404, null, CHECKED)));
        testApp.confluence.logOut();
    }

    @AfterEach
    void stop() {
        testApp.close();
        testApp.confluence.logOut();
    }

    @Test
    void aReaderSeesTheListTotalsAndDeadLinksInWords() throws Exception {
        testApp.confluence.logIn("viewer");

        String html = macro.execute(Map.of(), "", context("display"));

        assertThat(html).contains("Talk &lt;at&gt; the forum").contains("Dual mentoring")
                .contains("Dead link (HTTP 404)").contains("Link works (HTTP 200)")
                .contains("<caption>By type</caption>").contains("<caption>By country</caption>")
                .contains("Activities: <strong class=\"gpt-dissemination__count\">3</strong>")
                .contains("3,200").contains("Germany").contains("France").contains("<svg");
        assertThat(html).as("a restricted practice stays hidden").doesNotContain("Secret draft");
        assertThat(html).as("the viewer gets no editing").doesNotContain(EDITABLE);
    }

    @Test
    void editorsGetEditingOnlyInTheBrowserAndEveryoneGetsTheWholeLogInPdf() throws Exception {
        testApp.confluence.logIn("ana");

        assertThat(macro.execute(Map.of(), "", context("display"))).contains(EDITABLE);
        String pdf = macro.execute(Map.of(), "", context("pdf"));
        assertThat(pdf).doesNotContain(EDITABLE).contains("Second talk").contains("Dead link (HTTP 404)");
    }

    @Test
    void speaksTheReadersLanguage() throws Exception {
        testApp.confluence.logIn("viewer");
        testApp.confluence.setLocale(Locale.forLanguageTag("pl"));

        String html = macro.execute(Map.of(), "", context("display"));

        assertThat(html).contains("Rejestr upowszechniania").contains("Konferencja").contains("Niemcy")
                .contains("Martwy link (HTTP 404)");
    }

    @Test
    void anOutsiderSeesANoticeInsteadOfTheLog() throws Exception {
        testApp.confluence.logIn("outsider");

        String html = macro.execute(Map.of("space", "VET"), "", context("display"));

        assertThat(html).doesNotContain("Talk").contains("You do not have permission to view this content.");
    }

    private static DisseminationInput input(String type, String country, String title, String reach, String link,
                                            List<String> practices) {
        return new DisseminationInput("VET", type, null, "2026-03-12", title, "de", country, "VET teachers", reach,
                link, practices, null, null);
    }

    private static ConversionContext context(String outputType) {
        ConversionContext context = mock(ConversionContext.class);
        when(context.getSpaceKey()).thenReturn("VET");
        when(context.getOutputType()).thenReturn(outputType);
        return context;
    }
}
