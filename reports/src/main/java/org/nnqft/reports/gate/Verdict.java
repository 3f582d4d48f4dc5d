package org.nnqft.reports.gate;

/** A benchmark's verdict, spelled as the table and the comparison file show it. */
public enum Verdict {
    REGRESSION("REGRESSION"), IMPROVEMENT("IMPROVEMENT"), NO_CHANGE("no change");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Significant after Holm and larger than the minimum effect, in the worse or the better direction. */
    static Verdict of(double adjustedP, double alpha, double worsening, double minEffect) {
        if (!(adjustedP < alpha)) {
            return NO_CHANGE;
        }
        if (worsening > minEffect) {
            return REGRESSION;
        }
        return -worsening > minEffect ? IMPROVEMENT : NO_CHANGE;
    }
}
