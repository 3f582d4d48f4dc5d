package org.nnqft.reports.results;

import java.util.List;

/**
 * The result file of the couplings command: u_4 (ELS Eq. 8) per width and sigma_W, one run per
 * sigma_W of the sweep, each with its own spec, environment and timing.
 *
 * @param schema bumped on any change that an older reader would misread
 * @param kind   always {@link #KIND}, so that no reader takes it for another kind of result
 * @param preset the preset the run started from, or null
 * @param runs   one per sigma_W, in sweep order
 */
public record CouplingsFile(int schema, String kind, String preset, List<CouplingsRun> runs) {
    public static final int SCHEMA = 1;
    public static final String KIND = "couplings";

    public static CouplingsFile of(String preset, List<CouplingsRun> runs) {
        return new CouplingsFile(SCHEMA, KIND, preset, List.copyOf(runs));
    }
}
