package org.nnqft.reports.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** SVG with its text as text elements, PDF, and inline SVGs that do not share ids. */
class VectorTest {
    static Figure figure() {
        double[] x = {0.4800, 0.4805, 0.4810, 0.4815, 0.4820};
        double[] y = {1, 3, 5, 3, 1};
        Panel linear = new Panel("N = 10", Axis.linear("m₄ (dimensionless)"), Axis.linear("multisets"),
                List.of(Layer.line("126 multisets", Layer.Style.LINE, 0, x, y)));
        double[] w = {2, 10, 100, 1000};
        double[] m = {1e-1, 2e-2, 2e-3, 2e-4};
        Panel log = new Panel("n = 4", Axis.log("width N"), Axis.log("mean |m₄|"), List.of(
                Layer.errors("measured", 0, w, m, new double[] {0.05, 0.01, 0.001, -1}, new double[] {0.2, 0.03, 0.003, 3e-4})));
        return new Figure("test-figure", "A title & more", "The caption <says> what is plotted.", List.of(linear, log),
                2, 320, 240, false, false);
    }

    static List<String> texts(String svg) {
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void everyLabelIsAText() {
        String svg = Vector.svgDocument(figure());
        List<String> texts = texts(svg);
        assertThat(texts).contains("A title &amp; more", "N = 10", "n = 4", "m₄ (dimensionless)", "multisets",
                "width N", "mean |m₄|", "126 multisets", "measured", "10", "100", "1000");
        // the linear axis' labels keep their digits: 0.4800 to 0.4820 would all read 0.48 if trimmed
        assertThat(texts.stream().filter(t -> t.startsWith("0.48")).distinct().count()).isGreaterThanOrEqualTo(3);
        assertThat(svg).contains("<title>A title &amp; more</title>").contains("<desc>The caption &lt;says&gt; what is plotted.</desc>");
    }

    @Test
    void theLogAxisWritesPowersWhereDecimalsWouldBeLong() {
        assertThat(texts(Vector.svgDocument(figure()))).contains("10⁻³", "10⁻²");
    }

    @Test
    void theInlineElementHasNoPrologAndIdsOfItsOwn() {
        String a = Vector.svgElement(figure());
        String b = Vector.svgElement(figure());
        assertThat(a).startsWith("<svg").doesNotContain("<?xml").doesNotContain("<!DOCTYPE");
        List<String> idsA = Pattern.compile("id=\"([^\"]+)\"").matcher(a).results().map(r -> r.group(1)).toList();
        List<String> idsB = Pattern.compile("id=\"([^\"]+)\"").matcher(b).results().map(r -> r.group(1)).toList();
        assertThat(idsA).isNotEmpty().doesNotContainAnyElementsOf(idsB);
    }

    @Test
    void thePdfIsAPdf() {
        byte[] pdf = Vector.pdf(figure());
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(1000);
    }

    @Test
    void aFigureNeedsAPanel() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new Figure("x", "t", "c", List.of(), 1, 10, 10, false, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x");
    }
}
