package org.nnqft.reports.results;

import java.util.List;
import org.nnqft.verification.Calibration;

/**
 * What `nnqft verify --calibrate R` found: per claim, its false alarms over R seeds of correct code
 * and the uniformity of its members' p-values.
 *
 * @param schema       {@link ResultFile#SCHEMA}
 * @param kind         always {@link #KIND}
 * @param seeds        R
 * @param size         the reduced sample sizes, in words
 * @param bandsVersion the version of the bands file the verdicts were judged by
 * @param environment  JDK, CPU, backend, commit, date
 * @param seconds      wall time
 * @param claims       one row per claim
 */
public record CalibrationFile(int schema, String kind, int seeds, String size, int bandsVersion, Environment environment,
        double seconds, List<Calibration.Row> claims) {
    public static final String KIND = "calibration";
}
