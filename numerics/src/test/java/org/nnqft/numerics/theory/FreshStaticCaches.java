package org.nnqft.numerics.theory;

import java.lang.reflect.Field;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Empties the static caches of {@link Wick}, {@link SetPartitions} and {@link GaussLegendre}
 * before every test, for mutation testing only: PIT runs a mutant's tests in a JVM where earlier
 * tests (or PIT's own test discovery) have filled them, so a mutant of the code that fills them
 * would never run and would wrongly survive. Registered through JUnit's extension auto-detection,
 * which the `mutation` profile turns on and surefire leaves off.
 */
public final class FreshStaticCaches implements BeforeEachCallback {
    private static final String[][] CACHES = {
        {"org.nnqft.numerics.theory.Wick", "MATCHINGS"},
        {"org.nnqft.numerics.math.combinatorics.SetPartitions", "ALL"},
        {"org.nnqft.numerics.math.combinatorics.SetPartitions", "EVEN"},
        {"org.nnqft.numerics.math.quadrature.GaussLegendre", "RULES"},
    };

    @Override
    public void beforeEach(ExtensionContext context) throws ReflectiveOperationException {
        for (String[] cache : CACHES) {
            Field f = Class.forName(cache[0]).getDeclaredField(cache[1]);
            f.setAccessible(true);
            ((Map<?, ?>) f.get(null)).clear();
        }
    }
}
