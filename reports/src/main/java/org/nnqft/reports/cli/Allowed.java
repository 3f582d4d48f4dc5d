package org.nnqft.reports.cli;

import java.util.Map;
import org.nnqft.numerics.spec.ExperimentSpec;

/**
 * The allowed values of the options, in words. A value picocli cannot even convert (--bags x)
 * never reaches the spec's own checks, so its message is made here; the bounds come from
 * {@link ExperimentSpec} so that they cannot drift from what the spec enforces. Options whose
 * values are only checked by the library (arch, estimator, backend, preset) are not listed.
 */
final class Allowed {
    static final String D_IN = "an integer from 1 to " + ExperimentSpec.MAX_D_IN;
    static final String SIGMA_W = "a number > 0 and <= 1e6";
    static final String SIGMA_B = "a number from 0 to 1e6";
    static final String MU = "a finite number from -1e6 to 1e6";
    static final String WIDTHS = "a comma-separated list of distinct integers from 1 to " + ExperimentSpec.MAX_WIDTH;
    static final String INPUTS = "1 to " + ExperimentSpec.MAX_INPUTS
            + " points separated by ';', each d-in numbers separated by ',' (e.g. \"-1,1;1,1\")";
    static final String ORDERS = "a comma-separated list of integers from 1 to " + ExperimentSpec.MAX_ORDER
            + " (even only for the conditional estimator)";
    static final String BAGS = "an integer from 2 to " + ExperimentSpec.MAX_BAGS;
    static final String NETS = "an integer from 1 to " + ExperimentSpec.MAX_NETS;
    static final String SEED = "an integer from -2^63 to 2^63-1";
    static final String WIDTH = "an integer from 1 to " + ExperimentSpec.MAX_WIDTH;
    static final String BAG = "an integer from 0 to 2^31-1";
    static final String AXIS = "index, network or bag";
    static final String COUNT = "an integer from 1 to 2^63-1";
    static final String THREADS = "an integer from 1 to " + ExperimentSpec.MAX_THREADS;
    static final String CUTOFF = "a number > 0 and <= "
            + (long) org.nnqft.numerics.theory.CouplingIntegrals.MAX_CUTOFF;
    static final String OUT = "a file path whose directory exists or can be created";
    static final String IN = "an existing result file or directory";
    static final String REPORT_OUT = "a directory that exists or can be created, under a writable directory";
    static final String OUT_DIRECTORY = "a writable directory, created if missing";
    static final String PROFILE = "smoke, quick or full";
    static final String MIN_EFFECT = "a percentage from 0% to 1000% (e.g. 10%) or a fraction from 0 to 1 (e.g. 0.1)";
    static final String JMH_FILE = "a JMH result file (java -jar benchmarks.jar -rf json)";
    static final String WINDOW = "an integer from 2 to " + HistoryCommand.MAX_WINDOW;
    static final String P_VALUE = "a number between 0 and 1, both excluded (e.g. 0.001)";
    static final String BENCHMARK = "a Java regular expression matching a benchmark of the history";
    static final String DATE = "an ISO-8601 instant, e.g. 2026-01-02T03:04:05Z";
    static final String HISTORY = "an SQLite history file (bench --record creates it)";

    private static final Map<String, String> BY_OPTION = Map.ofEntries(
            Map.entry("--d-in", D_IN),
            Map.entry("--sigma-w", SIGMA_W),
            Map.entry("--sigma-b", SIGMA_B),
            Map.entry("--mu-w", MU),
            Map.entry("--mu-b", MU),
            Map.entry("--widths", WIDTHS),
            Map.entry("--inputs", INPUTS),
            Map.entry("--orders", ORDERS),
            Map.entry("--bags", BAGS),
            Map.entry("--nets", NETS),
            Map.entry("--seed", SEED),
            Map.entry("--threads", THREADS),
            Map.entry("--width", WIDTH),
            Map.entry("--bag", BAG),
            Map.entry("--axis", AXIS),
            Map.entry("--count", COUNT),
            Map.entry("--cutoff", CUTOFF),
            Map.entry("--out", OUT),
            Map.entry("--min-effect", MIN_EFFECT),
            Map.entry("--baseline", JMH_FILE),
            Map.entry("--window", WINDOW),
            Map.entry("--p-value", P_VALUE),
            Map.entry("--benchmark", BENCHMARK),
            Map.entry("--date", DATE),
            Map.entry("--history", HISTORY),
            Map.entry("--current", JMH_FILE));

    private Allowed() {
    }

    /** Where `report` means something else by an option than the run commands do. */
    private static final Map<String, String> REPORT = Map.of("--in", IN, "--out", REPORT_OUT);

    /** The allowed values of an option, or null when the library words them. */
    static String forOption(String name) {
        return BY_OPTION.get(name);
    }

    /** The same for an option of the named command. */
    static String forOption(String command, String name) {
        return "report".equals(command) ? REPORT.get(name) : forOption(name);
    }
}
