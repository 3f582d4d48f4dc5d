package org.nnqft.reports.gate;

import java.util.Locale;

/** Which way is better for a score: read off its unit first, the mode only when the unit is odd. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    /** ops/s and the like (throughput) are better higher; s/op and the like (times) lower. */
    public static Direction of(String unit, String mode) {
        String u = unit.toLowerCase(Locale.ROOT).replace(" ", "");
        if (u.startsWith("ops/")) {
            return HIGHER_IS_BETTER;
        }
        if (u.endsWith("/op")) {
            return LOWER_IS_BETTER;
        }
        return mode.equalsIgnoreCase("thrpt") ? HIGHER_IS_BETTER : LOWER_IS_BETTER;
    }

    /** The change from baseline to current, as a fraction, with worse positive. */
    public double worsening(double baseline, double current) {
        double change = (current - baseline) / baseline;
        return this == LOWER_IS_BETTER ? change : -change;
    }
}
