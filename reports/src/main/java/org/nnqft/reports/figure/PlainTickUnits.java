package org.nnqft.reports.figure;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;

/**
 * Tick steps of 1, 2 and 5 times a power of ten for a linear axis, each labelled with as many
 * decimals as its step needs and no more, never in E notation: 5.3722 beside 5.3724, 0.000012.
 * JFreeChart picks the smallest step whose labels do not overlap.
 */
final class PlainTickUnits {
    static final TickUnits INSTANCE = build();

    private PlainTickUnits() {
    }

    private static TickUnits build() {
        TickUnits units = new TickUnits();
        for (int k = -15; k <= 15; k++) {
            for (int m : new int[] {1, 2, 5}) {
                double size = m * Double.parseDouble("1e" + k);
                DecimalFormat f = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
                f.setMaximumFractionDigits(Math.max(0, -k));
                f.setMinimumFractionDigits(Math.max(0, -k));
                f.setGroupingUsed(false);
                units.add(new NumberTickUnit(size, f));
            }
        }
        return units;
    }
}
