package org.nnqft.reports.results;

import java.util.List;

/**
 * The result file of a sigma_W sweep: one complete single-run result per value, in sweep order,
 * so every run keeps its own spec, environment and timing.
 *
 * @param schema the same schema number as {@link ResultFile}
 * @param preset the preset the sweep started from, or null
 * @param runs   one result per sigma_W
 */
public record SweepFile(int schema, String preset, List<ResultFile> runs) {
}
