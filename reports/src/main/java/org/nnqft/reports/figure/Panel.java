package org.nnqft.reports.figure;

import java.util.List;

/** One plot of a figure: a title (short: what distinguishes it from its neighbours), two axes, its layers. */
public record Panel(String title, Axis x, Axis y, List<Layer> layers) {
}
