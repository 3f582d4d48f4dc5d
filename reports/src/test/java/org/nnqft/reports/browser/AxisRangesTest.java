package org.nnqft.reports.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnqft.reports.figure.Axis;
import org.nnqft.reports.figure.Figure;
import org.nnqft.reports.figure.Layer;
import org.nnqft.reports.figure.Panel;
import org.nnqft.reports.figure.Vector;

/**
 * Readable axes at any data range: 48 panels of the report's smallest size (320 x 240), with data
 * drawn at random from ranges of 10^-12 to 10^12 on log axes (spans from a tenth of a decade to
 * 24 decades) and on linear axes (levels from 10^-9 to 10^9, spreads from 10^-7 of the level to
 * 100 times it), laid out in one Chromium page: no two labels of a panel overlap.
 */
class AxisRangesTest {
    @TempDir
    Path dir;

    static Panel panel(Random r, boolean log) {
        int n = 8;
        double[] x = new double[n];
        double[] y = new double[n];
        double xLevel = Math.pow(10, -9 + 18 * r.nextDouble());
        double xSpread = xLevel * Math.pow(10, -7 + 9 * r.nextDouble());
        double yLow = Math.pow(10, -12 + 12 * r.nextDouble());
        double decades = 0.1 + 24 * r.nextDouble() * r.nextDouble();
        for (int i = 0; i < n; i++) {
            x[i] = log ? Math.pow(10, Math.log10(yLow) + decades * i / (n - 1)) : xLevel + xSpread * i / (n - 1);
            y[i] = log ? yLow * Math.pow(10, decades * r.nextDouble()) : -xLevel + 2 * xSpread * r.nextDouble();
        }
        Axis xa = log ? Axis.log("x (unit)") : Axis.linear("x (unit)");
        Axis ya = log ? Axis.log("y (unit)") : Axis.linear("y (unit)");
        return new Panel("seed panel", xa, ya, List.of(Layer.points("points", 0, x, y)));
    }

    @Test
    void noLabelsOverlapAtAnyDataRange() throws Exception {
        Random r = new Random(20261202);
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>");
        for (int i = 0; i < 48; i++) {
            Figure f = Figure.single("range-" + i, "range " + i, "caption", panel(r, i % 2 == 0), 320, 240);
            page.append("<figure class=\"chart\" data-figure=\"").append(f.name()).append("\">")
                    .append(Vector.svgElement(f)).append("<figcaption>caption</figcaption></figure>");
        }
        Path html = dir.resolve("ranges.html");
        Files.writeString(html, page.append("</body></html>").toString());
        List<Chromium.Measured> figures = Chromium.figures(html);
        assertThat(figures).hasSize(48);
        List<String> overlaps = new ArrayList<>();
        for (Chromium.Measured f : figures) {
            assertThat(f.texts().size()).as(f.name() + " has tick labels").isGreaterThan(6);
            f.overlaps().forEach(o -> overlaps.add(f.name() + ": " + o));
        }
        assertThat(overlaps).isEmpty();
    }
}
