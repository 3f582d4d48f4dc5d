package org.nnqft.numerics.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.math.combinatorics.Multisets;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.InputSets;
import org.nnqft.numerics.spec.SpecException;

class CouplingIntegralsTest {

    /** docs/theory.md section 5, written out as there: Q the sum of squared norms, S the sum of the points. */
    static double theoryI4(double sigmaW, double[][] four) {
        int d = four[0].length;
        double s = sigmaW * sigmaW / d;
        double q = 0;
        double[] sum = new double[d];
        for (double[] x : four) {
            for (int c = 0; c < d; c++) {
                q += x[c] * x[c];
                sum[c] += x[c];
            }
        }
        double s2 = Arrays.stream(sum).map(v -> v * v).sum();
        return Math.pow(sigmaW, 8) * Math.pow(2 * Math.PI / (4 * s), d / 2.0) * Math.exp(-s / 2 * (q - s2 / 4));
    }

    private static double product(Kernel k, double[] x, double[][] four) {
        double p = 1;
        for (double[] xi : four) {
            p *= k.weighted(x, xi);
        }
        return p;
    }

    private static double[][] four(double[][] inputs, int[] multiset) {
        return Arrays.stream(multiset).mapToObj(i -> inputs[i]).toArray(double[][]::new);
    }

    @Test
    void gaussClosedFormMatchesHipparchusQuadratureOverTheLineAndThePlane() {
        double[][] line = {{-0.4}, {0.1}, {0.7}};
        double[][] plane = {{-0.5, 0.2}, {0.3, 0.3}, {0.8, -0.6}};
        for (double sigmaW : new double[] {0.7, 1, 2.5}) {
            for (double[][] inputs : new double[][][] {line, plane}) {
                int d = inputs[0].length;
                Kernel k = Kernels.of(Architecture.GAUSS, d, sigmaW, 1);
                CouplingIntegrals closed = CouplingIntegrals.of(Architecture.GAUSS, d, sigmaW, 1, inputs, null);
                // the integrand is below 1e-40 of its peak beyond 14 / sqrt(s) of the inputs
                double reach = 1 + 14 / Math.sqrt(sigmaW * sigmaW / d);
                for (int m : new int[] {0, 7, closed.count() - 1}) {
                    double[][] f = four(inputs, closed.multiset(m));
                    double numeric = d == 1
                            ? CartesianReference.adaptive(x -> product(k, new double[] {x}, f), -reach, reach, 0)
                            : CartesianReference.square((x, y) -> product(k, new double[] {x, y}, f), reach, inputs);
                    assertThat(closed.value(m)).as("sigmaW=%s d=%d %s", sigmaW, d, Arrays.toString(closed.multiset(m)))
                            .isCloseTo(numeric, within(1e-10 * numeric))
                            .isCloseTo(theoryI4(sigmaW, f), within(1e-13 * numeric));
                    // a dropped normalisation would not pass: (2 pi / 4s)^(d/2) is far from 1 here
                    assertThat(Math.abs(Math.pow(2 * Math.PI / (4 * sigmaW * sigmaW / d), d / 2.0) - 1)).isGreaterThan(0.05);
                }
            }
        }
    }

    @Test
    void boxQuadratureReproducesTheGaussClosedFormInOneToThreeDimensions() {
        // the Gauss-net's inputs sit near the origin, where the radial panels are fine: the rule is
        // built for kernels that vary on the scale of the distance from the origin, like erf's and
        // relu's, and would need more panels for a narrow peak far out
        for (int d = 1; d <= 3; d++) {
            double[][] inputs = InputSets.published(Architecture.GAUSS, d);
            int[][] multisets = Multisets.of(inputs.length, 4);
            for (double sigmaW : new double[] {1, 3}) {
                double s = sigmaW * sigmaW / d;
                Kernel k = Kernels.of(Architecture.GAUSS, d, sigmaW, 0.5);
                double[] none = new double[inputs.length];
                Arrays.fill(none, Double.POSITIVE_INFINITY);
                double[] box = BoxQuadrature.integrate(k, inputs, none, multisets, 12 / Math.sqrt(s), 0.002,
                        CouplingIntegrals.POINTS).values();
                for (int m = 0; m < multisets.length; m++) {
                    double exact = theoryI4(sigmaW, four(inputs, multisets[m]));
                    // 8 points per panel resolve this Gaussian to 1.5e-9 (the halving radial panels
                    // are cut for the slowly varying erf and relu kernels, not for it)
                    assertThat(box[m]).as("d=%d sigmaW=%s %s", d, sigmaW, Arrays.toString(multisets[m]))
                            .isCloseTo(exact, within(1e-8 * exact));
                }
            }
        }
    }

    @Test
    void reluWithoutBiasAtOnePointHasItsClosedFormOnTheLine() {
        // sigma_b = 0, all four points x0 > 0: K_W(x, x0) = sigmaW^2 s x x0 / 2 for x > 0 and 0 for
        // x < 0 (the units are never both active), so I_4 = (sigmaW^2 s x0 / 2)^4 L^5 / 5
        double sigmaW = 1.3;
        double x0 = 0.7;
        double l = 50;
        CouplingIntegrals i4 = CouplingIntegrals.of(Architecture.RELU, 1, sigmaW, 0, new double[][] {{x0}}, null);
        double c = sigmaW * sigmaW * sigmaW * sigmaW * x0 / 2;
        assertThat(i4.count()).isOne();
        assertThat(i4.value(0)).isCloseTo(Math.pow(c, 4) * Math.pow(l, 5) / 5, within(1e-12 * i4.value(0)));
    }

    @Test
    void erfAndReluOnTheLineMatchAdaptiveQuadratureAtThePublishedCutoffs() {
        for (Architecture arch : new Architecture[] {Architecture.ERF, Architecture.RELU}) {
            for (double sigmaB : new double[] {0, 1}) {
                for (double sigmaW : new double[] {1, 4}) {
                    double[][] inputs = InputSets.published(arch, 1);
                    CouplingIntegrals box = CouplingIntegrals.of(arch, 1, sigmaW, sigmaB, inputs, null);
                    Kernel k = Kernels.of(arch, 1, sigmaW, sigmaB);
                    double[] breaks = Arrays.stream(inputs).mapToDouble(p -> p[0]).toArray();
                    for (int m : new int[] {0, 37, box.count() - 1}) {
                        double[][] f = four(inputs, box.multiset(m));
                        double reference = CartesianReference.line(x -> product(k, new double[] {x}, f),
                                box.cutoff(), 2, breaks);
                        assertThat(box.value(m)).as("%s sigmaB=%s sigmaW=%s %s", arch, sigmaB, sigmaW,
                                Arrays.toString(box.multiset(m))).isCloseTo(reference, within(1e-10 * Math.abs(reference)));
                    }
                }
            }
        }
    }

    @Test
    void erfAndReluOnThePlaneMatchNestedAdaptiveQuadrature() {
        for (Architecture arch : new Architecture[] {Architecture.ERF, Architecture.RELU}) {
            for (double sigmaB : new double[] {0, 1}) {
                double[][] inputs = InputSets.published(arch, 2);
                double cutoff = 3;
                CouplingIntegrals box = CouplingIntegrals.of(arch, 2, 1.5, sigmaB, inputs, cutoff);
                Kernel k = Kernels.of(arch, 2, 1.5, sigmaB);
                for (int m : new int[] {0, 13, box.count() - 1}) {
                    double[][] f = four(inputs, box.multiset(m));
                    double reference = CartesianReference.square((x, y) -> product(k, new double[] {x, y}, f), cutoff,
                            inputs);
                    assertThat(box.value(m)).as("%s sigmaB=%s %s", arch, sigmaB, Arrays.toString(box.multiset(m)))
                            .isCloseTo(reference, within(1e-9 * Math.abs(reference)));
                }
            }
        }
    }

    @Test
    void erfIntegralsThatVanishBySymmetryAreExactlyZero() {
        // sigma_b = 0: erf's K_W is odd in x; the reflection (a, b) -> (-b, -a) maps x_0 = (-1, -1)
        // to -x_0 and fixes x_1 = (-1, 1), so K_W(x, x_0)^3 K_W(x, x_1) integrates to 0
        double[][] inputs = InputSets.published(Architecture.ERF, 2);
        CouplingIntegrals box = CouplingIntegrals.of(Architecture.ERF, 2, 1.5, 0, inputs, 3.0);
        Kernel k = Kernels.of(Architecture.ERF, 2, 1.5, 0);
        int vanishing = java.util.stream.IntStream.range(0, box.count())
                .filter(m -> Arrays.equals(box.multiset(m), new int[] {0, 0, 0, 1})).findFirst().orElseThrow();
        double[][] f = four(inputs, box.multiset(vanishing));
        double signed = CartesianReference.square((x, y) -> product(k, new double[] {x, y}, f), 3, inputs);
        double magnitude = CartesianReference.square((x, y) -> Math.abs(product(k, new double[] {x, y}, f)), 3, inputs);
        assertThat(Math.abs(signed)).isLessThan(1e-11 * magnitude);
        assertThat(box.value(vanishing)).isZero();
        assertThat(box.cancels(vanishing)).isTrue();
        // exactly those with an odd number of factors from {x_0, x_3} = {(-1, -1), (1, 1)}, which
        // (a, b) -> (-b, -a) negates while fixing x_1, x_2 (and (a, b) -> (b, a) the other way
        // round): (1 + 1) (4 + 1) + (3 + 1) (1 + 1) = 16 of the 35 multisets
        for (int m = 0; m < box.count(); m++) {
            long fromPair = Arrays.stream(box.multiset(m)).filter(i -> i == 0 || i == 3).count();
            assertThat(box.cancels(m)).as(Arrays.toString(box.multiset(m))).isEqualTo(fromPair % 2 == 1);
        }
        // with a bias the reflection no longer maps the kernel to its negative
        CouplingIntegrals biased = CouplingIntegrals.of(Architecture.ERF, 2, 1.5, 1, inputs, 3.0);
        assertThat(Math.abs(biased.value(vanishing))).isGreaterThan(1e-3 * magnitude);
        assertThat(biased.cancels(vanishing)).isFalse();
    }

    @Test
    void erfAndReluInThreeDimensionsMatchACartesianTensorRule() {
        for (Architecture arch : new Architecture[] {Architecture.ERF, Architecture.RELU}) {
            double[][] inputs = InputSets.published(arch, 3);
            double cutoff = 2;
            CouplingIntegrals box = CouplingIntegrals.of(arch, 3, 1.2, 1, inputs, cutoff);
            double[] reference = cartesian(Kernels.of(arch, 3, 1.2, 1), inputs, cutoff, box);
            for (int m = 0; m < box.count(); m++) {
                assertThat(box.value(m)).as("%s %s", arch, Arrays.toString(box.multiset(m)))
                        .isCloseTo(reference[m], within(1e-8 * Math.abs(reference[m])));
            }
        }
    }

    /** Hipparchus' Gauss-Legendre rules on a Cartesian grid of panels split at 0 and the inputs' coordinates. */
    private static double[] cartesian(Kernel k, double[][] inputs, double cutoff, CouplingIntegrals box) {
        double[][] nodes = new double[3][];
        double[][] weights = new double[3][];
        GaussIntegratorFactory factory = new GaussIntegratorFactory();
        for (int c = 0; c < 3; c++) {
            final int axis = c;
            double[] ends = java.util.stream.DoubleStream.concat(
                    java.util.stream.DoubleStream.of(-cutoff, 0, cutoff), Arrays.stream(inputs).mapToDouble(p -> p[axis]))
                    .sorted().distinct().toArray();
            java.util.List<double[]> nw = new java.util.ArrayList<>();
            for (int p = 0; p + 1 < ends.length; p++) {
                GaussIntegrator g = factory.legendre(30, ends[p], ends[p + 1]);
                for (int i = 0; i < g.getNumberOfPoints(); i++) {
                    nw.add(new double[] {g.getPoint(i), g.getWeight(i)});
                }
            }
            nodes[c] = nw.stream().mapToDouble(a -> a[0]).toArray();
            weights[c] = nw.stream().mapToDouble(a -> a[1]).toArray();
        }
        double[] sums = new double[box.count()];
        double[] kw = new double[inputs.length];
        double[] x = new double[3];
        for (int a = 0; a < nodes[0].length; a++) {
            for (int b = 0; b < nodes[1].length; b++) {
                for (int c = 0; c < nodes[2].length; c++) {
                    x[0] = nodes[0][a];
                    x[1] = nodes[1][b];
                    x[2] = nodes[2][c];
                    double w = weights[0][a] * weights[1][b] * weights[2][c];
                    for (int i = 0; i < inputs.length; i++) {
                        kw[i] = k.weighted(x, inputs[i]);
                    }
                    for (int m = 0; m < sums.length; m++) {
                        double p = w;
                        for (int i : box.multiset(m)) {
                            p *= kw[i];
                        }
                        sums[m] += p;
                    }
                }
            }
        }
        return sums;
    }

    @Test
    void reluWithoutBiasScalesAsTheCutoffToTheSeventhInThreeDimensions() {
        // K_W is homogeneous of degree 1 in x at sigma_b = 0, so I_4(L) = L^(4 + d) I_4(1); the two
        // rules have different panels (the inner ones are fixed by the inputs, not by L)
        double[][] inputs = InputSets.published(Architecture.RELU, 3);
        CouplingIntegrals one = CouplingIntegrals.of(Architecture.RELU, 3, 1, 0, inputs, 1.0);
        CouplingIntegrals fifty = CouplingIntegrals.of(Architecture.RELU, 3, 1, 0, inputs, 50.0);
        for (int m = 0; m < one.count(); m++) {
            assertThat(fifty.value(m)).isCloseTo(Math.pow(50, 7) * one.value(m), within(1e-9 * fifty.value(m)));
        }
    }

    @Test
    void defaultsAndDescriptionsRecordTheCutoff() {
        CouplingIntegrals relu = CouplingIntegrals.of(Architecture.RELU, 2, 1, 0, InputSets.published(Architecture.RELU, 2), null);
        assertThat(relu.cutoff()).isEqualTo(50.0);
        assertThat(relu.region()).isEqualTo("box [-50, 50]^2");
        assertThat(relu.count()).isEqualTo(35);
        assertThat(CouplingIntegrals.defaultCutoff(Architecture.ERF)).isEqualTo(1e5);
        CouplingIntegrals gauss = CouplingIntegrals.of(Architecture.GAUSS, 1, 1, 1, InputSets.published(Architecture.GAUSS, 1), null);
        assertThat(gauss.cutoff()).isNull();
        assertThat(gauss.region()).isEqualTo("R^1");
        assertThat(gauss.method()).isEqualTo("closed form");
        assertThat(gauss.count()).isEqualTo(126);
        for (int m = 0; m < gauss.count(); m++) {
            assertThat(gauss.multiset(m)).isEqualTo(Multisets.of(6, 4)[m]);
        }
    }

    @Test
    void rejectsCutoffsOutOfRangeOrForTheGaussNet() {
        double[][] x = {{0.5}};
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY, 1.000001e6}) {
            assertThatThrownBy(() -> CouplingIntegrals.of(Architecture.RELU, 1, 1, 0, x, bad))
                    .isInstanceOf(SpecException.class).hasMessageStartingWith("cutoff must be a number > 0 and <= 1000000");
        }
        assertThatThrownBy(() -> CouplingIntegrals.of(Architecture.GAUSS, 1, 1, 0, x, 10.0))
                .isInstanceOf(SpecException.class).hasMessageContaining("cutoff must be left out for gauss");
        assertThatThrownBy(() -> CouplingIntegrals.of(Architecture.ERF, 4, 1, 0, new double[][] {{1, 0, 0, 0}}, null))
                .isInstanceOf(SpecException.class).hasMessageStartingWith("d-in must be 1 to 3");
    }
}
