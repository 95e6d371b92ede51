package org.ablationpath.outcomes.ui;

import java.util.List;
import java.util.Locale;
import org.ablationpath.outcomes.SurvivalCurve;

/** The Kaplan-Meier curves as a standalone SVG (server-rendered: steps, 95 % bands, axes), for download. */
final class KaplanMeierSvg {

    private static final String[] COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf"};
    private static final int W = 800;
    private static final int H = 450;
    private static final int LEFT = 60;
    private static final int BOTTOM = 50;
    private static final int TOP = 20;
    private static final int RIGHT = 160;

    private KaplanMeierSvg() {
    }

    static String render(List<SurvivalCurve> curves, String xLabel, String yLabel) {
        double maxMonths = 1;
        for (SurvivalCurve curve : curves) {
            for (SurvivalCurve.Point p : curve.points()) {
                maxMonths = Math.max(maxMonths, p.months());
            }
        }
        double xMax = maxMonths;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' font-family='sans-serif' font-size='12'>", W, H));
        svg.append("<rect width='100%' height='100%' fill='white'/>");
        int plotW = W - LEFT - RIGHT;
        int plotH = H - TOP - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='black'/>", LEFT, TOP + plotH, LEFT + plotW, TOP + plotH));
        svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='black'/>", LEFT, TOP, LEFT, TOP + plotH));
        for (int i = 0; i <= 4; i++) {
            double y = TOP + plotH - i * plotH / 4.0;
            svg.append(String.format(Locale.ROOT, "<text x='%d' y='%.1f' text-anchor='end'>%.2f</text>", LEFT - 5, y + 4, i / 4.0));
            double x = LEFT + i * plotW / 4.0;
            svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' text-anchor='middle'>%.0f</text>", x, TOP + plotH + 16, xMax * i / 4));
        }
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='middle'>%s</text>", LEFT + plotW / 2, H - 10, escape(xLabel)));
        svg.append(String.format(Locale.ROOT, "<text x='15' y='%d' transform='rotate(-90 15 %d)' text-anchor='middle'>%s</text>", TOP + plotH / 2, TOP + plotH / 2, escape(yLabel)));
        for (int c = 0; c < curves.size(); c++) {
            SurvivalCurve curve = curves.get(c);
            String color = COLORS[c % COLORS.length];
            StringBuilder line = new StringBuilder();
            StringBuilder upper = new StringBuilder();
            StringBuilder lower = new StringBuilder();
            List<SurvivalCurve.Point> points = curve.points();
            for (int i = 0; i < points.size(); i++) {
                SurvivalCurve.Point p = points.get(i);
                double x = LEFT + p.months() / xMax * plotW;
                if (i > 0) {
                    SurvivalCurve.Point prev = points.get(i - 1);
                    point(line, x, prev.survival(), plotH);
                    point(upper, x, prev.upper(), plotH);
                    point(lower, x, prev.lower(), plotH);
                }
                point(line, x, p.survival(), plotH);
                point(upper, x, p.upper(), plotH);
                point(lower, x, p.lower(), plotH);
            }
            String[] lowerPoints = lower.toString().trim().split(" ");
            StringBuilder band = new StringBuilder(upper);
            for (int i = lowerPoints.length - 1; i >= 0; i--) {
                band.append(lowerPoints[i]).append(' ');
            }
            svg.append("<polygon points='").append(band.toString().trim()).append("' fill='").append(color).append("' fill-opacity='0.2' stroke='none'/>");
            svg.append("<polyline points='").append(line.toString().trim()).append("' fill='none' stroke='").append(color).append("' stroke-width='2'/>");
            svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' fill='%s'>%s (n=%d)</text>", LEFT + plotW + 10, TOP + 15 + 18 * c, color,
                    escape(curve.group()), curve.subjects()));
        }
        return svg.append("</svg>").toString();
    }

    private static void point(StringBuilder into, double x, double s, int plotH) {
        into.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, TOP + plotH - s * plotH));
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;");
    }
}
