package eu.goodpractice.transfer.assessment.macro;

import eu.goodpractice.transfer.shared.Html;
import java.util.List;
import java.util.Locale;

/**
 * A radar chart of dimension scores (1 to 5) as plain SVG, drawn on the server so it shows in PDF export and
 * without JavaScript. It is a picture for sighted readers; the table next to it carries the same numbers for
 * screen readers and print, so the SVG is labelled as an image with a short title.
 */
public final class RadarChart {
    /** One axis: its label and its score, or null when the dimension has no score yet (drawn at the centre). */
    public record Axis(String label, Double score) {
    }

    private static final int SIZE = 300;
    private static final double CENTRE = SIZE / 2.0;
    private static final double RADIUS = 100;

    private RadarChart() {
    }

    /** The SVG markup; labels and the title are escaped here. */
    public static String svg(String title, List<Axis> axes) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gpt-radar\" width=\"").append(SIZE)
                .append("\" height=\"").append(SIZE).append("\" viewBox=\"0 0 ").append(SIZE).append(' ').append(SIZE)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\">")
                .append("<title>").append(Html.escape(title)).append("</title>")
                .append("<desc>").append(Html.escape(description(axes))).append("</desc>");
        for (int ring = 1; ring <= 5; ring++) {
            final double level = ring;
            svg.append("<polygon points=\"").append(points(axes.size(), i -> level)).append("\" fill=\"none\" ")
                    .append("stroke=\"#c1c7d0\" stroke-width=\"").append(ring == 5 ? "1.5" : "0.75").append("\"/>");
        }
        for (int i = 0; i < axes.size(); i++) {
            double[] end = point(i, axes.size(), 5);
            svg.append("<line x1=\"").append(fmt(CENTRE)).append("\" y1=\"").append(fmt(CENTRE)).append("\" x2=\"")
                    .append(fmt(end[0])).append("\" y2=\"").append(fmt(end[1])).append("\" stroke=\"#c1c7d0\"/>");
            double[] label = point(i, axes.size(), 6.1);
            String anchor = Math.abs(label[0] - CENTRE) < 1 ? "middle" : label[0] > CENTRE ? "start" : "end";
            Axis axis = axes.get(i);
            svg.append("<text x=\"").append(fmt(label[0])).append("\" y=\"").append(fmt(label[1]))
                    .append("\" font-size=\"11\" text-anchor=\"").append(anchor).append("\" fill=\"#172b4d\">")
                    .append(Html.escape(axis.label())).append("</text>");
        }
        if (axes.stream().anyMatch(a -> a.score() != null)) {
            svg.append("<polygon class=\"gpt-radar__scores\" points=\"")
                    .append(points(axes.size(), i -> axes.get(i).score() == null ? 0.0 : axes.get(i).score()))
                    .append("\" fill=\"#0052cc\" fill-opacity=\"0.25\" stroke=\"#0052cc\" stroke-width=\"2\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static String points(int count, java.util.function.IntFunction<Double> value) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < count; i++) {
            double[] p = point(i, count, value.apply(i));
            points.append(i == 0 ? "" : " ").append(fmt(p[0])).append(',').append(fmt(p[1]));
        }
        return points.toString();
    }

    /** Axis i of n at a value from 0 to 5; the first axis points up, the others follow clockwise. */
    private static double[] point(int i, int count, double value) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / count;
        double r = RADIUS * value / 5;
        return new double[] {CENTRE + r * Math.cos(angle), CENTRE + r * Math.sin(angle)};
    }

    /** The chart in words, for whoever cannot see it: each axis with its score, a dash where there is none. */
    private static String description(List<Axis> axes) {
        StringBuilder words = new StringBuilder();
        for (Axis axis : axes) {
            words.append(words.length() == 0 ? "" : "; ").append(axis.label()).append(": ")
                    .append(axis.score() == null ? "\u2013" : fmt(axis.score()));
        }
        return words.toString();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
