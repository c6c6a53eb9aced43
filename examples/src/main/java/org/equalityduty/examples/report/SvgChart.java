package org.equalityduty.examples.report;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.equalityduty.examples.report.ReportModel.Chart;
import org.equalityduty.examples.report.ReportModel.Guide;
import org.equalityduty.examples.report.ReportModel.Point;
import org.jspecify.annotations.Nullable;

/**
 * Draws a {@link Chart} as plain inline SVG: one row per group, a horizontal value axis with ticks, a zero line,
 * a point (or a bar from zero) per group with its interval as a line, extra markers, and labels. Colours are from
 * the Okabe-Ito colour-blind-safe palette; markers differ in shape as well as colour.
 */
final class SvgChart {
    /** Okabe-Ito: blue, orange, bluish green, vermilion, reddish purple. */
    private static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7"};
    private static final int WIDTH = 460;
    private static final int LEFT = 16;
    private static final int RIGHT = 24;
    private static final int LEGEND_LINE = 22;
    private static final int LABEL_LINE = 20;
    private static final int LANE = 12;
    private static final int AXIS = 48;

    private SvgChart() {
    }

    /**
     * Draws a chart. Each group's label is written above its own line, so that long labels never squeeze the plot
     * on a phone; each marker (the estimate and every reference marker) has its own lane within the group's row,
     * so that no marker can hide another, whatever their values.
     */
    static String render(Chart chart, String id) {
        double min = 0;
        double max = 0;
        for (Point p : chart.points()) {
            for (OptionalDouble v : List.of(p.value(), p.lower(), p.upper())) {
                if (v.isPresent()) {
                    min = Math.min(min, v.getAsDouble());
                    max = Math.max(max, v.getAsDouble());
                }
            }
            for (OptionalDouble v : p.markers()) {
                if (v.isPresent()) {
                    min = Math.min(min, v.getAsDouble());
                    max = Math.max(max, v.getAsDouble());
                }
            }
        }
        for (Guide g : chart.guides()) {
            min = Math.min(min, g.value());
            max = Math.max(max, g.value());
        }
        if (max == min) {
            max = min + 1;
        }
        double step = niceStep((max - min) / 5);
        min = Math.floor(min / step) * step;
        max = Math.ceil(max / step) * step;
        int plotW = WIDTH - LEFT - RIGHT;
        int lanes = 1 + chart.markerNames().size();
        int rowH = LABEL_LINE + LANE * lanes + 8;
        boolean legend = !chart.bars() || !chart.markerNames().isEmpty();
        int legendH = legend ? LEGEND_LINE * (1 + chart.markerNames().size()) + 6 : 0;
        int top = legendH + (chart.guides().isEmpty() ? 4 : 22);
        int height = top + rowH * chart.points().size() + AXIS;
        double lo = min;
        double span = max - min;
        java.util.function.DoubleUnaryOperator x = v -> LEFT + plotW * (v - lo) / span;
        StringBuilder s = new StringBuilder();
        String titleId = id + "-title";
        String descId = id + "-desc";
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" aria-labelledby=\"").append(titleId).append(' ').append(descId)
                .append("\" aria-label=\"").append(Html.esc(chart.title())).append("\" font-family=\"sans-serif\""
                        + " font-size=\"15\">\n");
        s.append("<title id=\"").append(titleId).append("\">").append(Html.esc(chart.title())).append("</title>\n");
        s.append("<desc id=\"").append(descId).append("\">").append(Html.esc(chart.description()))
                .append(" The figures are in the table below the chart.</desc>\n");
        // Legend: one entry a line, so that it fits any width.
        String first = !chart.estimateName().isEmpty() ? chart.estimateName()
                : chart.bars() ? "Value" : "Estimate, with its 95% confidence interval";
        if (legend) {
            s.append(marker(0, LEFT + 6, 14)).append(text(LEFT + 18, 19, "start", first));
        }
        for (int m = 0; m < chart.markerNames().size(); m++) {
            int ly = 14 + LEGEND_LINE * (m + 1);
            s.append(marker(m + 1, LEFT + 6, ly)).append(text(LEFT + 18, ly + 5, "start",
                    chart.markerNames().get(m)));
        }
        // Grid, ticks and axis.
        int axisY = top + rowH * chart.points().size() + 2;
        for (double t = min; t <= max + step / 2; t += step) {
            double tx = x.applyAsDouble(t);
            s.append(line(tx, top, tx, axisY, "#dddddd", 1, null));
            s.append(line(tx, axisY, tx, axisY + 5, "#333333", 1, null));
            s.append(text(tx, axisY + 20, "middle", Fmt.num(t, decimalsFor(step))));
        }
        s.append(line(LEFT, axisY, LEFT + plotW, axisY, "#333333", 1, null));
        s.append(text(LEFT + plotW / 2.0, axisY + 42, "middle", chart.axisLabel()));
        if (min <= 0 && max >= 0) {
            double zx = x.applyAsDouble(0);
            s.append(line(zx, top, zx, axisY, "#000000", 1.5, null));
        }
        for (Guide g : chart.guides()) {
            double gx = x.applyAsDouble(g.value());
            s.append(line(gx, top - 4, gx, axisY, PALETTE[3], 2, "6 4"));
            boolean right = gx > LEFT + plotW / 2.0;
            s.append(text(right ? gx - 4 : gx + 4, top - 8, right ? "end" : "start", g.label()));
        }
        // Rows: the label on a line of its own, then one lane per marker.
        for (int i = 0; i < chart.points().size(); i++) {
            Point p = chart.points().get(i);
            double rowTop = top + rowH * i;
            s.append(text(LEFT + 5, rowTop + 15, "start", p.label() + (p.value().isEmpty() ? ": " + p.note() : "")));
            double cy = rowTop + LABEL_LINE + LANE / 2.0;
            if (p.value().isPresent()) {
                double v = p.value().getAsDouble();
                if (chart.bars()) {
                    double x0 = x.applyAsDouble(Math.min(0, v));
                    double x1 = x.applyAsDouble(Math.max(0, v));
                    s.append(String.format(Locale.ROOT,
                            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n", x0, cy - 5,
                            Math.max(1, x1 - x0), 10, PALETTE[0]));
                }
                if (p.lower().isPresent() && p.upper().isPresent()) {
                    double a = x.applyAsDouble(p.lower().getAsDouble());
                    double b = x.applyAsDouble(p.upper().getAsDouble());
                    s.append(line(a, cy, b, cy, "#333333", 1.5, null));
                    s.append(line(a, cy - 4, a, cy + 4, "#333333", 1.5, null));
                    s.append(line(b, cy - 4, b, cy + 4, "#333333", 1.5, null));
                }
                if (!chart.bars()) {
                    s.append(marker(0, x.applyAsDouble(v), cy));
                }
            }
            for (int m = 0; m < p.markers().size(); m++) {
                if (p.markers().get(m).isPresent()) {
                    s.append(marker(m + 1, x.applyAsDouble(p.markers().get(m).getAsDouble()), cy + LANE * (m + 1)));
                }
            }
        }
        s.append("</svg>");
        return s.toString();
    }

    /** Marker 0: circle; 1: diamond; 2: square; each in its own palette colour. */
    private static String marker(int kind, double cx, double cy) {
        String colour = PALETTE[kind % PALETTE.length];
        switch (kind) {
            case 0:
                return String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>%n", cx, cy,
                        colour);
            case 1:
                return String.format(Locale.ROOT,
                        "<path d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fL%.1f %.1fZ\" fill=\"%s\"/>%n", cx, cy - 5, cx + 5,
                        cy, cx, cy + 5, cx - 5, cy, colour);
            default:
                return String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" fill=\"%s\"/>%n", cx - 4, cy - 4,
                        colour);
        }
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, double width,
            @Nullable String dash) {
        return String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>%n",
                x1, y1, x2, y2, colour, width, dash == null ? "" : " stroke-dasharray=\"" + dash + "\"");
    }

    private static String text(double tx, double ty, String anchor, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" stroke=\"#ffffff\" stroke-width=\"4\""
                + " paint-order=\"stroke\" fill=\"#0b0c0c\">%s</text>%n", tx, ty,
                anchor, Html.esc(content));
    }

    private static double niceStep(double raw) {
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * mag;
    }

    private static int decimalsFor(double step) {
        return step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step));
    }
}
