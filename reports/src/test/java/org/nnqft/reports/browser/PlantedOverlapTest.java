package org.nnqft.reports.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnqft.reports.figure.Axis;
import org.nnqft.reports.figure.Figure;
import org.nnqft.reports.figure.Layer;
import org.nnqft.reports.figure.Panel;
import org.nnqft.reports.figure.Vector;

/** The browser check can fail: a figure forced to a tiny size has overlapping labels, and Chromium's layout shows them. */
class PlantedOverlapTest {
    @TempDir
    Path dir;

    static Figure figure(int width, int height) {
        double[] n = {2, 5, 10, 50, 100, 1000};
        double[] m = {0.5, 0.2, 0.1, 0.02, 0.01, 0.001};
        Panel p = new Panel("n = 4", Axis.log("width N (hidden units)"), Axis.log("mean |m₄| (dimensionless)"),
                List.of(Layer.points("mean |m₄| measured", 0, n, m), Layer.line("exact E|m₄|", Layer.Style.LINE, 2, n, m)));
        return new Figure("planted", "A figure at " + width + " x " + height, "caption", List.of(p, p), 2, width, height,
                true, false);
    }

    static Chromium.Measured rendered(Path dir, Figure f) throws Exception {
        Path html = dir.resolve(f.name() + f.panelWidth() + ".html");
        Files.writeString(html, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><figure class=\"chart\" "
                + "data-figure=\"" + f.name() + "\">" + Vector.svgElement(f) + "<figcaption>" + f.caption()
                + "</figcaption></figure></body></html>");
        List<Chromium.Measured> figures = Chromium.figures(html);
        assertThat(figures).hasSize(1);
        return figures.getFirst();
    }

    @Test
    void aTinyFigureOverlapsAndTheCheckSaysWhere() throws Exception {
        Chromium.Measured normal = rendered(dir, figure(360, 300));
        assertThat(normal.width()).isPositive();
        assertThat(normal.overlaps()).isEmpty();
        Chromium.Measured tiny = rendered(dir, figure(90, 70));
        System.out.println("PlantedOverlapTest: at 90 x 70, " + tiny.overlaps());
        assertThat(tiny.overlaps()).isNotEmpty();
    }
}
