package org.nnqft.reports.figure;

import java.util.function.DoubleFunction;

/**
 * A panel's axis: its title (with the quantity's symbol and unit), its scale, and for an axis of
 * runs the label of each whole value (null for numbers).
 */
public record Axis(String title, boolean log, DoubleFunction<String> labels) {

    public static Axis log(String title) {
        return new Axis(title, true, null);
    }

    public static Axis linear(String title) {
        return new Axis(title, false, null);
    }

    /** Whole values 1, 2, ... labelled by {@code labels}, drawn vertically. */
    public static Axis runs(String title, DoubleFunction<String> labels) {
        return new Axis(title, false, labels);
    }
}
