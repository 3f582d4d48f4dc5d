package org.nnqft.reports.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.Chart;

/** A chart as SVG text ready to inline in HTML. */
final class Svg {
    static {
        // XChart draws with AWT; a report is made on servers and in CI, where there is no display
        System.setProperty("java.awt.headless", "true");
    }

    private static final Pattern ID = Pattern.compile("(id=\"|url\\(#|href=\"#)");
    /** Coordinates beyond 1/100 of a pixel: XChart draws text as outlines, so they are most of the file. */
    private static final Pattern DIGITS = Pattern.compile("(\\.\\d\\d)\\d+");
    private static final AtomicInteger CHARTS = new AtomicInteger();

    private Svg() {
    }

    /**
     * The chart's SVG element. The XML prolog and doctype are dropped (not allowed inside HTML),
     * and every id gets a prefix of its own: inline SVGs share the page's id space, so the clip
     * paths of one chart would otherwise clip another.
     */
    static String of(Chart<?, ?> chart) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, bytes, VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        int start = text.indexOf("<svg");
        if (start < 0) {
            throw new IllegalStateException("the SVG encoder wrote no <svg> element");
        }
        String prefix = "c" + CHARTS.incrementAndGet() + "-";
        String svg = DIGITS.matcher(text.substring(start)).replaceAll("$1");
        // XChart draws text as outlines: a title element keeps the chart's name readable as text
        int open = svg.indexOf('>') + 1;
        svg = svg.substring(0, open) + "<title>" + HtmlReport.esc(chart.getTitle()) + "</title>" + svg.substring(open);
        return ID.matcher(svg).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + prefix));
    }
}
