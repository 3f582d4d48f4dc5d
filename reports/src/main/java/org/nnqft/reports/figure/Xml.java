package org.nnqft.reports.figure;

/** Text as XML character data. */
final class Xml {
    private Xml() {
    }

    static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
