package org.nnqft.reports.figure;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.intermediate.CommandSequence;
import de.erichseifert.vectorgraphics2d.pdf.PDFProcessor;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.text.TextUtils;

/**
 * A figure as SVG (for the report, inline, and as a file) and as PDF (for papers), both drawn by
 * VectorGraphics2D ({@link Latin} spells out for the PDF what its fonts lack). Text stays text: JFreeChart draws
 * strings, and rotated ones without its TextLayout workaround, which VectorGraphics2D could only
 * keep as outlines.
 */
public final class Vector {
    static {
        // figures are made on servers and in CI, where there is no display
        System.setProperty("java.awt.headless", "true");
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private static final Pattern ID = Pattern.compile("(id=\"|url\\(#|href=\"#)");
    /** Coordinates beyond 1/100 of a pixel only make the file longer: attribute values, never text. */
    private static final Pattern ATTRIBUTE = Pattern.compile("=\"([^\"]*)\"");
    private static final Pattern DIGITS = Pattern.compile("(\\.\\d\\d)\\d+");
    private static final AtomicInteger FIGURES = new AtomicInteger();

    private Vector() {
    }

    private static CommandSequence commands(Figure f, VectorGraphics2D g) {
        f.draw(g);
        return g.getCommands();
    }

    /** The standalone SVG document, with its title and caption as title and desc. */
    public static String svgDocument(Figure f) {
        return titled(raw(f), f);
    }

    /**
     * The SVG element to inline in HTML: no XML prolog or doctype, and ids of its own, since inline
     * SVGs share the page's id space and one chart's clip paths would otherwise clip another's.
     */
    public static String svgElement(Figure f) {
        String text = raw(f);
        String svg = titled(text.substring(text.indexOf("<svg")), f);
        String prefix = "f" + FIGURES.incrementAndGet() + "-";
        return ID.matcher(svg).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + prefix));
    }

    public static byte[] pdf(Figure f) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new PDFProcessor(true).getDocument(commands(f, new Latin.Graphics()), new PageSize(f.width(), f.height())).writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String raw(Figure f) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new SVGProcessor().getDocument(commands(f, new VectorGraphics2D()), new PageSize(f.width(), f.height())).writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        if (!text.contains("<svg")) {
            throw new IllegalStateException("the SVG writer wrote no <svg> element for " + f.name());
        }
        return ATTRIBUTE.matcher(text).replaceAll(
                m -> Matcher.quoteReplacement("=\"" + DIGITS.matcher(m.group(1)).replaceAll("$1") + "\""));
    }

    private static String titled(String svg, Figure f) {
        int start = svg.indexOf("<svg");
        int open = svg.indexOf('>', start) + 1;
        return svg.substring(0, open) + "<title>" + Xml.text(f.title()) + "</title><desc>" + Xml.text(f.caption())
                + "</desc>" + svg.substring(open);
    }
}
