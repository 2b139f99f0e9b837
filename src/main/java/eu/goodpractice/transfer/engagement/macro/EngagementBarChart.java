package eu.goodpractice.transfer.engagement.macro;

import eu.goodpractice.transfer.shared.Html;
import java.util.List;
import java.util.Locale;

/**
 * Engagements per month as a plain SVG bar chart, drawn on the server so it shows in PDF export and without
 * JavaScript. The table beside it carries the same numbers for screen readers and print; the SVG is an image with
 * a title, and every bar also has its number written above it, so no reader depends on bar height alone.
 */
public final class EngagementBarChart {
    /** One bar: the month's short label and its count. */
    public record Bar(String label, int count) {
    }

    private static final int BAR_WIDTH = 28;
    private static final int GAP = 8;
    private static final int PLOT_HEIGHT = 120;
    private static final int TOP = 18;
    private static final int BOTTOM = 24;

    private EngagementBarChart() {
    }

    /** The SVG markup; labels and title are escaped here. */
    public static String svg(String title, List<Bar> bars) {
        int width = GAP + bars.size() * (BAR_WIDTH + GAP);
        int height = TOP + PLOT_HEIGHT + BOTTOM;
        int max = Math.max(1, bars.stream().mapToInt(Bar::count).max().orElse(0));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gpt-stakeholder-chart\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\">")
                .append("<title>").append(Html.escape(title)).append("</title>")
                .append("<line x1=\"0\" y1=\"").append(TOP + PLOT_HEIGHT).append("\" x2=\"").append(width)
                .append("\" y2=\"").append(TOP + PLOT_HEIGHT).append("\" stroke=\"#8993a4\"/>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int x = GAP + i * (BAR_WIDTH + GAP);
            double barHeight = (double) PLOT_HEIGHT * bar.count() / max;
            double y = TOP + PLOT_HEIGHT - barHeight;
            svg.append("<rect class=\"gpt-stakeholder-chart__bar\" x=\"").append(x).append("\" y=\"").append(fmt(y))
                    .append("\" width=\"").append(BAR_WIDTH).append("\" height=\"").append(fmt(barHeight))
                    .append("\" fill=\"#0052cc\"/>")
                    .append("<text x=\"").append(x + BAR_WIDTH / 2).append("\" y=\"").append(fmt(y - 4))
                    .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#172b4d\">").append(bar.count())
                    .append("</text>")
                    .append("<text x=\"").append(x + BAR_WIDTH / 2).append("\" y=\"").append(TOP + PLOT_HEIGHT + 16)
                    .append("\" font-size=\"10\" text-anchor=\"middle\" fill=\"#172b4d\">")
                    .append(Html.escape(bar.label())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
