package org.nnqft.reports.report;

import java.util.List;
import java.util.Locale;

/**
 * A table of text, built once and written both into the HTML and into summary.md, so that the
 * two can never disagree about a number.
 */
record Table(List<String> header, List<List<String>> rows) {

    static String sci(Double v) {
        return v == null || v.isNaN() ? "-" : String.format(Locale.ROOT, "%.3e", v);
    }

    static String fixed(Double v, int digits) {
        return v == null || v.isNaN() ? "-" : String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    static String text(Object v) {
        return v == null ? "-" : v.toString();
    }
}
