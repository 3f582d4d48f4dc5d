package org.nnqft.numerics.backend.simd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnqft.numerics.backend.Backend;
import org.nnqft.numerics.backend.Block;
import org.nnqft.numerics.backend.Ensemble;
import org.nnqft.numerics.backend.ScalarBackend;
import org.nnqft.numerics.moments.MomentLayout;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.SpecBuilder;

/**
 * An order list with gaps ({1, 4}, {3, 6}; {4}, {2, 6} for the conditional estimator) sums exactly those orders on every backend: the others
 * stay 0, and the orders asked for have the bits of a run that asked for every order (every even
 * one for the conditional estimator) up to the same top order (the same
 * additions in the same order), so asking for less never changes a result.
 */
class GappedOrdersTest {

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Backend backend : new Backend[] {new ScalarBackend(), new SimdBackend()}) {
            for (Architecture arch : Architecture.values()) {
                for (Estimator est : Estimator.values()) {
                    // the conditional estimator takes even orders only
                    int[][] lists = est == Estimator.PLAIN ? new int[][] {{1, 4}, {3, 6}} : new int[][] {{4}, {2, 6}};
                    for (int[] orders : lists) {
                        cases.add(Arguments.of(backend, arch, est, orders));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} orders {3}")
    @MethodSource("cases")
    void onlyTheOrdersAskedForAreSummedWithUnchangedBits(Backend backend, Architecture arch, Estimator est, int[] orders) {
        int top = orders[orders.length - 1];
        Ensemble gapped = ensemble(arch, est, orders);
        Ensemble every = ensemble(arch, est, java.util.stream.IntStream.rangeClosed(1, top)
                .filter(n -> est == Estimator.PLAIN || n % 2 == 0).toArray());
        MomentLayout layout = gapped.layout();
        assertThat(layout.summedIds()).containsExactly(java.util.Arrays.stream(orders)
                .flatMap(n -> java.util.stream.IntStream.range(layout.offset(n), layout.offset(n + 1))).toArray());
        assertThat(layout.size()).isEqualTo(every.layout().size());

        MomentSums few = run(backend, gapped, 37);
        MomentSums all = run(backend, every, 37);
        for (int n = 1; n <= top; n++) {
            int order = n;
            boolean asked = java.util.Arrays.stream(orders).anyMatch(o -> o == order);
            for (int id = layout.offset(n); id < layout.offset(n + 1); id++) {
                if (asked) {
                    assertThat(few.sum(id)).as("order %d id %d", n, id).isEqualTo(all.sum(id));
                    assertThat(few.sum(id)).as("order %d id %d is summed", n, id).isNotZero();
                } else {
                    assertThat(few.sum(id)).as("order %d id %d is not summed", n, id).isZero();
                }
            }
        }
    }

    private static MomentSums run(Backend backend, Ensemble e, int count) {
        MomentSums s = new MomentSums(e.layout());
        backend.runner(e).run(new Block(17, 1, 3, count), s);
        return s;
    }

    private static Ensemble ensemble(Architecture arch, Estimator est, int[] orders) {
        double[][] inputs = {{-0.8}, {-0.2}, {0.3}, {0.9}};
        return Ensemble.of(new SpecBuilder().arch(arch).dIn(1).sigmaW(1.2).sigmaB(arch == Architecture.RELU ? 0.5 : 1)
                .widths(17).inputs(inputs).orders(orders).bags(2).nets(37).estimator(est).seed(7).build());
    }
}
