package org.nnqft.numerics.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nnqft.numerics.engine.EnsembleSums;
import org.nnqft.numerics.engine.NonFiniteException;
import org.nnqft.numerics.math.stats.Spread;
import org.nnqft.numerics.moments.MomentLayout;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.spec.SpecException;
import org.nnqft.numerics.theory.CouplingIntegrals;
import org.nnqft.numerics.theory.ExactMoments;
import org.nnqft.numerics.theory.Kernels;
import org.nnqft.numerics.math.combinatorics.Multisets;
import org.nnqft.numerics.theory.Wick;

/**
 * The ELS effective coupling u_4 = -(mean G_exp^(4) - G0^(4)) / I_4 (Eq. 8, docs/theory.md section 5)
 * from the per-bag order-4 moment sums of either estimator, with its exact finite-width value
 * -kappa_4 / I_4 where the theory is known.
 */
public final class Couplings {
    private Couplings() {
    }

    /**
     * Checks that u_4 is defined for this spec: order 4 measured, and zero weight and bias means,
     * since G0 is the zero-mean Gaussian process's.
     *
     * @throws SpecException naming the option at fault
     */
    public static void requireSupported(ExperimentSpec spec) {
        String why = " for couplings (u_4 is measured against the zero-mean Gaussian process)";
        if (spec.muW() != 0) {
            throw new SpecException("mu-w", "0" + why, spec.muW());
        }
        if (spec.muB() != 0) {
            throw new SpecException("mu-b", "0" + why, spec.muB());
        }
        if (Arrays.stream(spec.orders()).noneMatch(n -> n == 4)) {
            throw new SpecException("orders", "a list that contains 4 for couplings", Arrays.toString(spec.orders()));
        }
    }

    /**
     * I_4 for the spec's ensemble and inputs, checked before any network is drawn. Where the
     * integrand cancels (an erf I_4 that vanishes by symmetry) u_4 is undefined and left out; an
     * I_4 that is not finite or has underflowed to 0, or cancels on every multiset, stops the run.
     *
     * @param cutoff L for erf and relu (null: the authors' default); null for the Gauss-net
     * @throws SpecException        if the spec or the cutoff is not supported
     * @throws NonFiniteException   naming the spec if some I_4 is not finite or underflows, or all cancel
     */
    public static CouplingIntegrals integrals(ExperimentSpec spec, Double cutoff) {
        requireSupported(spec);
        CouplingIntegrals integrals = CouplingIntegrals.of(spec.arch(), spec.dIn(), spec.sigmaW(), spec.sigmaB(),
                spec.inputs(), cutoff);
        for (int m = 0; m < integrals.count(); m++) {
            double v = integrals.value(m);
            if (!Double.isFinite(v) || (v == 0 && !integrals.cancels(m))) {
                throw new NonFiniteException("I_4 = " + v + " on multiset " + Arrays.toString(integrals.multiset(m))
                        + " (over " + integrals.region() + ") is out of double range; spec: " + spec);
            }
        }
        if (integrals.defined() == 0) {
            throw new NonFiniteException("I_4 cancels to 0 on every multiset (over " + integrals.region()
                    + "): u_4 is undefined; spec: " + spec);
        }
        return integrals;
    }

    /**
     * u_4 at every width of the run.
     *
     * @param integrals from {@link #integrals} for the same spec
     * @throws NonFiniteException naming the spec if a statistic is not finite
     */
    public static List<CouplingResult> of(EnsembleSums sums, CouplingIntegrals integrals) {
        return of(sums, integrals, exactTheory(sums.spec()));
    }

    /**
     * As {@link #of(EnsembleSums, CouplingIntegrals)}, with the ensemble's exact theory given, so that
     * callers that analyse the same ensemble many times (a jackknife over bags) share its memo.
     *
     * @param exact {@code ExactMoments.of} for the spec's architecture, d_in, sigma_W and sigma_b, at any width
     */
    public static List<CouplingResult> of(EnsembleSums sums, CouplingIntegrals integrals, ExactMoments exact) {
        ExperimentSpec spec = sums.spec();
        requireSupported(spec);
        if (!integrals.describes(spec.arch(), spec.dIn(), spec.sigmaW(), spec.sigmaB(), spec.inputs())) {
            throw new IllegalArgumentException("the integrals were computed for another ensemble or other inputs");
        }
        MomentLayout layout = sums.layout();
        double[][] inputs = spec.inputs();
        double[][] kernel = Kernels.of(spec.arch(), spec.dIn(), spec.sigmaW(), spec.sigmaB()).matrix(inputs);
        int first = layout.offset(4);
        double[] g0 = new double[integrals.count()];
        for (int m = 0; m < g0.length; m++) {
            if (!Arrays.equals(layout.elements(first + m), integrals.multiset(m))) {
                throw new IllegalStateException("moment layout and integrals list the multisets in different orders");
            }
            g0[m] = Wick.g0(integrals.multiset(m), kernel);
        }
        int[] widths = spec.widths();
        List<CouplingResult> results = new ArrayList<>();
        for (int w = 0; w < widths.length; w++) {
            CouplingResult r = atWidth(widths[w], sums.byWidthAndBag()[w], first, g0, integrals,
                    exact.atWidth(widths[w]), spec);
            requireFinite(r, spec);
            results.add(r);
        }
        return results;
    }

    private static CouplingResult atWidth(int width, MomentSums[] bags, int first, double[] g0,
            CouplingIntegrals integrals, ExactMoments exact, ExperimentSpec spec) {
        int n = bags.length;
        double[][] inputs = spec.inputs();
        int averaged = integrals.defined();
        List<MultisetCoupling> multisets = new ArrayList<>();
        double[] perBag = new double[n];
        for (int m = 0; m < g0.length; m++) {
            double i4 = integrals.value(m);
            double[] bagG4 = new double[n];
            for (int b = 0; b < n; b++) {
                bagG4[b] = bags[b].mean(first + m);
            }
            Spread g = Spread.of(bagG4);
            double deltaG4 = g.mean() - g0[m];
            int[] points = integrals.multiset(m);
            if (integrals.cancels(m)) {
                multisets.add(new MultisetCoupling(points, i4, deltaG4, null, null, null));
                continue;
            }
            for (int b = 0; b < n; b++) {
                perBag[b] -= (bagG4[b] - g0[m]) / i4 / averaged;
            }
            Double kappa = exact.cumulantIfReached(Multisets.points(points, inputs));
            Double exactU4 = kappa == null ? null : -kappa / i4;
            multisets.add(new MultisetCoupling(points, i4, deltaG4, -deltaG4 / i4, g.stderr() / Math.abs(i4), exactU4));
        }
        Spread u = Spread.of(perBag);
        List<MultisetCoupling> defined = multisets.stream().filter(r -> r.u4() != null).toList();
        boolean known = defined.stream().allMatch(r -> r.exact() != null);
        Double exactMean = known ? defined.stream().mapToDouble(MultisetCoupling::exact).average().orElseThrow() : null;
        Double z = exactMean != null && u.stderr() > 0 ? (u.mean() - exactMean) / u.stderr() : null;
        Double sb = u.std() > 0 ? Math.abs(u.mean()) / u.std() : null;
        return new CouplingResult(width, spec.sigmaW(), integrals.cutoff(), averaged, u.mean(), u.std(), u.stderr(),
                exactMean, z, sb, List.copyOf(multisets));
    }

    /** The exact theory of the ensemble (every architecture, at zero weight and bias means). */
    private static ExactMoments exactTheory(ExperimentSpec spec) {
        return ExactMoments.of(spec.arch(), spec.dIn(), spec.sigmaW(), spec.sigmaB(), spec.widths()[0]);
    }

    /** Overflow must stop the run, not reach a result file as "Infinity". */
    private static void requireFinite(CouplingResult r, ExperimentSpec spec) {
        List<Double> values = new ArrayList<>(Arrays.asList(r.mean(), r.std(), r.exact(), r.z(),
                r.signalToBackground()));
        for (MultisetCoupling m : r.multisets()) {
            values.addAll(Arrays.asList(m.deltaG4(), m.u4(), m.stderr(), m.exact()));
        }
        for (Double v : values) {
            if (v != null && !Double.isFinite(v)) {
                throw new NonFiniteException("non-finite coupling u_4 at width " + r.width() + ": mean " + r.mean()
                        + ", std " + r.std() + ", exact " + r.exact() + "; spec: " + spec);
            }
        }
    }
}
