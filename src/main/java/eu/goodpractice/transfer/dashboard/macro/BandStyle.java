package eu.goodpractice.transfer.dashboard.macro;

import java.util.Map;

/**
 * Inline colours of the bands, so PDF and Word exports keep them without the app's stylesheet. Colour is never the
 * only signal: every badge also carries the band's word and the score.
 */
final class BandStyle {
    private static final Map<String, String> STYLES = Map.of(
            "ready", "background:#e3fcef;color:#006644;border:1px solid #006644;",
            "adaptation", "background:#deebff;color:#0747a6;border:1px solid #0747a6;",
            "groundwork", "background:#fffae6;color:#7a4100;border:1px solid #974f0c;",
            "not-now", "background:#ffebe6;color:#bf2600;border:1px solid #bf2600;",
            "incomplete", "background:#f4f5f7;color:#42526e;border:1px dashed #6b778c;");

    private BandStyle() {
    }

    static String of(String slug) {
        return STYLES.getOrDefault(slug, STYLES.get("incomplete")) + "padding:0 4px;border-radius:3px;white-space:nowrap;";
    }
}
