package eu.goodpractice.transfer.engagement.macro;

import eu.goodpractice.transfer.shared.Html;
import java.util.List;

/**
 * Reach per type as horizontal bars in plain SVG, drawn on the server so it shows in PDF export. The totals table
 * beside it carries the same numbers for screen readers and print; each bar also shows its number in text.
 */
final class ReachChart {
    /** One bar: its label, its value and the value as the reader writes numbers. */
    record Bar(String label, long value, String valueText) {
    }

    private static final int WIDTH = 420;
    private static final int LABEL_WIDTH = 170;
    private static final int BAR_HEIGHT = 18;
    private static final int GAP = 6;

    private ReachChart() {
    }

    static String svg(String title, List<Bar> bars) {
        if (bars.isEmpty()) {
            return "";
        }
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int height = bars.size() * (BAR_HEIGHT + GAP) + GAP;
        int room = WIDTH - LABEL_WIDTH - 70;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gpt-reach-chart\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\">")
                .append("<title>").append(Html.escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = GAP + i * (BAR_HEIGHT + GAP);
            long length = Math.max(bar.value() > 0 ? 2 : 0, bar.value() * room / max);
            svg.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 13)
                    .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#172b4d\">").append(Html.escape(bar.label()))
                    .append("</text><rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                    .append(length).append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"#0052cc\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + length + 6).append("\" y=\"").append(y + 13)
                    .append("\" font-size=\"12\" fill=\"#172b4d\">").append(Html.escape(bar.valueText()))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }
}
