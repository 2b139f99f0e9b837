package eu.goodpractice.transfer.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The download's file name survives in every browser: ASCII for old ones, UTF-8 per RFC 5987 for the rest. */
class ExportDownloadTest {
    @Test
    void polishAndGermanNamesGetAnAsciiFallbackAndAnExactUtf8Name() {
        assertThat(ExportDownload.contentDisposition("kroki-Łódź-Müllheim.csv")).isEqualTo(
                "attachment; filename=\"kroki-Lodz-Mullheim.csv\"; "
                        + "filename*=UTF-8''kroki-%C5%81%C3%B3d%C5%BA-M%C3%BCllheim.csv");
    }

    @Test
    void quotesSpacesAndSlashesNeverBreakTheHeader() {
        assertThat(ExportDownload.asciiFallback("a \"b\"/c;d.xlsx")).isEqualTo("a__b__c_d.xlsx");
        assertThat(ExportDownload.percentEncoded("a b\"")).isEqualTo("a%20b%22");
    }
}
