package org.nnqft.reports.gate;

import java.io.IOException;
import java.nio.file.Path;

/** The same benchmark measured in different units: its scores cannot be compared without guessing. */
public final class UnitMismatch extends IOException {
    public UnitMismatch(BenchmarkKey key, Path baseline, String baselineUnit, Path current, String currentUnit) {
        super(key.display() + ": unit " + baselineUnit + " in " + baseline + " but " + currentUnit + " in " + current
                + "; re-record one of them with the other's unit (JMH -tu)");
    }
}
