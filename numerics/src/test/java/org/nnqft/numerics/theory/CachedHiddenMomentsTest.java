package org.nnqft.numerics.theory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachedHiddenMomentsTest {
    @Test
    void evaluatesEachMultisetOnceWhateverItsOrderAndIsSharedAcrossWidths() {
        AtomicInteger calls = new AtomicInteger();
        GaussHiddenMoments gauss = new GaussHiddenMoments(1, 1, 1);
        HiddenMoments counting = points -> {
            calls.incrementAndGet();
            return gauss.h(points);
        };
        ExactMoments n2 = new ExactMoments(counting, 1, 1, 2);
        double[][] x = {{0.1}, {-0.2}, {0.3}, {0.05}};
        double[][] permuted = {{0.3}, {0.05}, {0.1}, {-0.2}};
        double g = n2.expectation(x);
        // Six pairs and one quadruple.
        assertThat(calls.get()).isEqualTo(7);
        assertThat(n2.expectation(permuted)).isEqualTo(g);
        double atTen = n2.atWidth(10).expectation(x);
        assertThat(calls.get()).isEqualTo(7);
        assertThat(atTen).isCloseTo(ExactMoments.gauss(1, 1, 1, 10).expectation(permuted),
                org.assertj.core.api.Assertions.within(1e-14));

        CachedHiddenMoments cached = CachedHiddenMoments.of(counting);
        assertThat(CachedHiddenMoments.of(cached)).isSameAs(cached);
        double h = cached.h(new double[][] {{0.1}, {0.2}});
        assertThat(cached.h(new double[][] {{0.2}, {0.1}})).isEqualTo(h);
        assertThat(cached.size()).isEqualTo(1);
    }

    @Test
    void cachedValuesDoNotAliasTheCallersArrays() {
        CachedHiddenMoments cached = CachedHiddenMoments.of(new GaussHiddenMoments(1, 1, 1));
        double[][] x = {{0.1}, {0.2}};
        double before = cached.h(x);
        x[0][0] = 0.7;
        assertThat(cached.h(new double[][] {{0.1}, {0.2}})).isEqualTo(before);
        assertThat(cached.h(x)).isNotEqualTo(before);
    }
}
