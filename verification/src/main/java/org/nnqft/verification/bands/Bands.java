package org.nnqft.verification.bands;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.nnqft.numerics.math.stats.TwoSidedQuantile;

/**
 * The bands and rates every claim is judged by, from the one versioned file
 * {@code org/nnqft/verification/bands.json}, each with its one-line rationale. Claims read their
 * numbers here and nowhere else, so a change of band is a reviewed change of that file.
 */
public record Bands(int version, Map<String, Band> bands) {
    public static final String RESOURCE = "/org/nnqft/verification/bands.json";

    /** Immutable, so that the shipped bands can be parsed once and shared. */
    public Bands {
        bands = Map.copyOf(bands);
    }

    /** The bands shipped with the suite, parsed once. */
    public static Bands standard() {
        return Standard.BANDS;
    }

    private static final class Standard {
        static final Bands BANDS = load();

        private static Bands load() {
            try (InputStream in = Bands.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return new ObjectMapper().readValue(in, Bands.class);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    public Band band(String name) {
        Band b = bands.get(name);
        if (b == null) {
            throw new IllegalArgumentException("no band '" + name + "' in " + RESOURCE + " (version " + version + ")");
        }
        return b;
    }

    public double value(String name) {
        return band(name).value();
    }

    /** The family-wise false-alarm rate of one claim in one run. */
    public double alpha() {
        return value("familyWiseRate");
    }

    /**
     * The two-sided normal quantile at alpha / tests: Holm's first (strictest) threshold for a
     * family of {@code tests} statistics with exact standard errors. Verdicts come from
     * {@link org.nnqft.verification.FamilyTest}'s Holm over p-values; this is the band to print.
     */
    public double z(int tests) {
        return TwoSidedQuantile.normal(alpha(), tests);
    }

    /**
     * The same for statistics whose standard error is a bag or jackknife spread of
     * {@code degreesOfFreedom} + 1 bags: Student-t, whose tails are heavier than the normal's
     * (at 20 bags and 6 tests 5.71 se, where the normal quantile says 4.31: read as normal, 4.31 se
     * is a family-wise rate of 2.3e-3, not 1e-4).
     */
    public double t(int tests, int degreesOfFreedom) {
        return TwoSidedQuantile.student(alpha(), tests, degreesOfFreedom);
    }
}
