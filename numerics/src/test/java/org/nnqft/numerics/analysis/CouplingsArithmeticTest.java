package org.nnqft.numerics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nnqft.numerics.engine.EnsembleSums;
import org.nnqft.numerics.engine.NonFiniteException;
import org.nnqft.numerics.engine.Timing;
import org.nnqft.numerics.moments.MomentLayout;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.spec.SpecBuilder;
import org.nnqft.numerics.theory.CouplingIntegrals;
import org.nnqft.numerics.theory.ExactMoments;
import org.nnqft.numerics.theory.Kernels;
import org.nnqft.numerics.theory.Wick;

/** Couplings' per-multiset and per-width arithmetic on sums made by hand, pinned to values computed here. */
class CouplingsArithmeticTest {
    private static final double[][] INPUTS = {{0.3}, {0.7}};
    private static final int WIDTH = 10;

    private static ExperimentSpec spec(int bags) {
        return new SpecBuilder().inputs(INPUTS).widths(WIDTH).orders(4).bags(bags).nets(1).seed(1).build();
    }

    /** Bag b's single network has G0 (1 + offsets[b] id) for multiset id. */
    private static EnsembleSums sums(ExperimentSpec spec, double[] offsets) {
        MomentLayout layout = new MomentLayout(spec.k(), spec.orders());
        double[][] kernel = Kernels.of(spec.arch(), spec.dIn(), spec.sigmaW(), spec.sigmaB()).matrix(INPUTS);
        MomentSums[][] byWidthAndBag = new MomentSums[1][offsets.length];
        for (int b = 0; b < offsets.length; b++) {
            double[] v = new double[layout.size()];
            for (int id = 1; id < layout.size(); id++) {
                v[id] = Wick.g0(layout.elements(id), kernel) * (1 - offsets[b] * id);
            }
            byWidthAndBag[0][b] = new MomentSums(layout);
            byWidthAndBag[0][b].add(v);
        }
        return new EnsembleSums(spec, layout, byWidthAndBag, new Timing(1, offsets.length, 1, 1));
    }

    @Test
    void everyFieldHasItsDefinedValue() {
        ExperimentSpec spec = spec(3);
        double[] offsets = {0.01, 0.03, 0.02};
        EnsembleSums sums = sums(spec, offsets);
        CouplingIntegrals integrals = Couplings.integrals(spec, null);
        CouplingResult c = Couplings.of(sums, integrals).getFirst();
        MomentLayout layout = sums.layout();
        double[][] kernel = Kernels.of(spec.arch(), spec.dIn(), spec.sigmaW(), spec.sigmaB()).matrix(INPUTS);
        ExactMoments exact = ExactMoments.of(spec.arch(), spec.dIn(), spec.sigmaW(), spec.sigmaB(), WIDTH);
        int count = integrals.count();
        assertThat(c.averaged()).isEqualTo(count).isEqualTo(5);
        assertThat(c.width()).isEqualTo(WIDTH);
        assertThat(c.sigmaW()).isEqualTo(spec.sigmaW());

        double[] perBag = new double[offsets.length];
        double exactMean = 0;
        for (int m = 0; m < count; m++) {
            int id = layout.offset(4) + m;
            double g0 = Wick.g0(layout.elements(id), kernel);
            double i4 = integrals.value(m);
            double[] g = new double[offsets.length];
            for (int b = 0; b < offsets.length; b++) {
                g[b] = sums.bag(0, b).mean(id);
                perBag[b] += -(g[b] - g0) / i4 / count;
            }
            double mean = (g[0] + g[1] + g[2]) / 3;
            double std = Math.sqrt(((g[0] - mean) * (g[0] - mean) + (g[1] - mean) * (g[1] - mean)
                    + (g[2] - mean) * (g[2] - mean)) / 2);
            double kappa = exact.cumulant(new double[][] {
                INPUTS[layout.elements(id)[0]], INPUTS[layout.elements(id)[1]], INPUTS[layout.elements(id)[2]],
                INPUTS[layout.elements(id)[3]]});
            MultisetCoupling u = c.multisets().get(m);
            assertThat(u.points()).containsExactly(layout.elements(id));
            assertThat(u.i4()).isEqualTo(i4);
            assertThat(u.deltaG4()).isCloseTo(mean - g0, within(1e-12 * Math.abs(mean - g0)));
            assertThat(u.u4()).isCloseTo(-(mean - g0) / i4, within(1e-12 * Math.abs((mean - g0) / i4)));
            assertThat(u.stderr()).isCloseTo(std / Math.sqrt(3) / Math.abs(i4), within(1e-9 * std / Math.abs(i4)));
            assertThat(u.exact()).isCloseTo(-kappa / i4, within(1e-12 * Math.abs(kappa / i4)));
            exactMean += -kappa / i4 / count;
        }
        double mean = (perBag[0] + perBag[1] + perBag[2]) / 3;
        double std = Math.sqrt(((perBag[0] - mean) * (perBag[0] - mean) + (perBag[1] - mean) * (perBag[1] - mean)
                + (perBag[2] - mean) * (perBag[2] - mean)) / 2);
        double stderr = std / Math.sqrt(3);
        assertThat(c.mean()).isCloseTo(mean, within(1e-12 * Math.abs(mean)));
        assertThat(c.std()).isCloseTo(std, within(1e-9 * std));
        assertThat(c.stderr()).isCloseTo(stderr, within(1e-9 * stderr));
        assertThat(c.exact()).isCloseTo(exactMean, within(1e-12 * Math.abs(exactMean)));
        assertThat(c.z()).isCloseTo((mean - exactMean) / stderr, within(1e-8 * Math.abs((mean - exactMean) / stderr)));
        assertThat(c.signalToBackground()).isCloseTo(Math.abs(mean) / std, within(1e-9 * Math.abs(mean) / std));
    }

    @Test
    void identicalBagsHaveNeitherZNorSignalToBackground() {
        ExperimentSpec spec = spec(2);
        CouplingResult c = Couplings.of(sums(spec, new double[] {0.02, 0.02}), Couplings.integrals(spec, null)).getFirst();
        assertThat(c.std()).isZero();
        assertThat(c.z()).isNull();
        assertThat(c.signalToBackground()).isNull();
    }

    @Test
    void aNonFiniteSumStopsTheRunAndNamesTheSpec() {
        ExperimentSpec spec = spec(2);
        EnsembleSums sums = sums(spec, new double[] {0.01, 0.02});
        double[] inf = new double[sums.layout().size()];
        inf[sums.layout().offset(4) + 1] = Double.POSITIVE_INFINITY;
        sums.bag(0, 1).add(inf);
        assertThatThrownBy(() -> Couplings.of(sums, Couplings.integrals(spec, null)))
                .isInstanceOf(NonFiniteException.class).hasMessageContaining("width " + WIDTH)
                .hasMessageContaining("spec:");
    }

    @Test
    void integralsOfAnotherEnsembleAreRefused() {
        ExperimentSpec spec = spec(2);
        ExperimentSpec other = new SpecBuilder().inputs(INPUTS).widths(WIDTH).orders(4).bags(2).nets(1).sigmaW(1.5).build();
        assertThatThrownBy(() -> Couplings.of(sums(spec, new double[] {0.01, 0.02}), Couplings.integrals(other, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another ensemble");
    }

    /** Couplings.of checks the spec itself, not only through the integrals it is handed. */
    @Test
    void sumsOfAnEnsembleWithMeansAreRefused() {
        ExperimentSpec withMean = new SpecBuilder().inputs(INPUTS).widths(WIDTH).orders(4).bags(2).nets(1).seed(1)
                .muB(0.2).build();
        assertThatThrownBy(() -> Couplings.of(sums(withMean, new double[] {0.01, 0.02}), Couplings.integrals(spec(2), null)))
                .isInstanceOf(org.nnqft.numerics.spec.SpecException.class).hasMessageStartingWith("mu-b must be 0");
    }

    /** erf at sigma_b = 0 on inputs symmetric about 0: every I_4 vanishes, so u_4 is undefined. */
    @Test
    void integralsThatAllCancelStopTheRun() {
        ExperimentSpec spec = new SpecBuilder().arch(org.nnqft.numerics.spec.Architecture.ERF).sigmaB(0)
                .inputs(new double[][] {{0}}).widths(WIDTH).orders(4).bags(2).nets(1).build();
        assertThatThrownBy(() -> Couplings.integrals(spec, null))
                .isInstanceOf(NonFiniteException.class).hasMessageContaining("cancels to 0 on every multiset");
    }
}
