package org.nnqft.verification;

import java.util.Arrays;
import org.nnqft.numerics.backend.Backend;
import org.nnqft.numerics.backend.BlockRunner;
import org.nnqft.numerics.backend.Ensemble;
import org.nnqft.numerics.math.special.Erf;
import org.nnqft.numerics.moments.ProductEstimates;
import org.nnqft.numerics.moments.WickEstimates;
import org.nnqft.numerics.random.BoxMuller;
import org.nnqft.numerics.random.CounterStream;
import org.nnqft.numerics.random.ParameterLayout;
import org.nnqft.numerics.random.Philox4x32;
import org.nnqft.numerics.spec.Estimator;

/**
 * Test only: the scalar reference forward pass with one planted fault. With {@link Fault#NONE} it
 * draws and computes exactly what the scalar backend does (PlantedFaultTest and PlantedErrorTest
 * check the bits), so a claim that fails on a fault fails because of that fault alone.
 *
 * <p>Besides the fixed faults, two planted errors of the output weights with a size, for the power
 * scan (PowerScanTest); at size 0 (scale 1, kurtosis 0) both draw the scalar backend's bits.
 * <ul>
 * <li>{@link #outputScale}: W1 = s sigma_W g / sqrt(N). K's output-weight part is s^2 too high,
 * K = sigma_b^2 + s^2 sigma_W^2 E[h h]: every even order moves, m_2 first. At sigma_b = 0 every
 * network's f is exactly s times the correct one. The conditional estimator, which never draws W1,
 * gets s^2 in its W1 variance.
 * <li>{@link #outputKurtosis}: W1 = sigma_W sqrt(1 + a r) g / sqrt(N), r = +-1 a fair sign drawn at
 * its own counter address, independent of g (see {@link #sign}), |a| <= 1 (the sign of a only
 * swaps which r carries the heavier weights: the moments depend on a^2). W1 stays symmetric
 * with E[w^2] = sigma_W^2 / N unchanged, but E[w^4] = (1 + a^2) 3 sigma_W^4 / N^2 and E[w^6] =
 * (1 + 3 a^2) 15 sigma_W^6 / N^3. With independent hidden units f = b1 + sum_j w_j h_j, so:
 * G_2 = sigma_b^2 + sigma_W^2 E[h h] is unchanged (m2-vanishes cannot see it), odd orders stay 0
 * (odd-vanish cannot), and the connected 4-point function gains
 * 3 a^2 (sigma_W^4 / N) E[h(x_1) h(x_2) h(x_3) h(x_4)], a 1/N term like the correct one (so the
 * slope of m_4 on N stays -1: only magnitudes can see it); G_6 moves at 1/N through the same
 * E[w^4] and at 1/N^2 through E[w^6]. The claims that can see it are those that compare m_4, m_6
 * or u_4 of the plain estimator with their exact values: exact-m4-m6, m4-one-over-n's and
 * m4-figure1-as-published's magnitude, figure2-plain's u_4. The conditional estimator integrates W1
 * out as a Gaussian, so both flow claims and figure2-conditional are blind to it by construction.
 * </ul>
 */
final class FaultyBackend implements Backend {
    enum Fault {
        NONE,
        /** W1 ~ N(0, sigma_W^2) instead of N(0, sigma_W^2 / N). */
        W1_VARIANCE_NOT_DIVIDED_BY_N,
        /** W1 drawn with mean 0.05 while the spec says 0 (a sign-breaking bug the spec does not know of). */
        W1_MEAN_SHIFTED,
        /** The Gauss-net's exp(z) without its division by exp(sigma_b^2 + s |x|^2). */
        GAUSS_NORMALISATION_DROPPED,
        /** Every bag draws bag 0's networks. */
        SAME_NETWORKS_EVERY_BAG,
        /** The conditional estimator's C = sigma_b^2 + sigma_W^2 Phi^T Phi without its 1/N. */
        CONDITIONAL_ONE_OVER_N_DROPPED
    }

    /**
     * The counter word c3 of the kurtosis error's signs: 0 carries the parameters' variates and their
     * radius refinements (c2 >= 1), 1 the native engines' seeds, so 2 disturbs no other draw.
     */
    static final int SIGN_LANE = 2;

    private final Fault fault;
    /** The output weights' scale s. */
    private final double scale;
    /** The kurtosis error's a. */
    private final double kurtosis;

    FaultyBackend(Fault fault) {
        this(fault, 1, 0);
    }

    private FaultyBackend(Fault fault, double scale, double kurtosis) {
        this.fault = fault;
        this.scale = scale;
        this.kurtosis = kurtosis;
    }

    /** W1 multiplied by {@code s} (K_W's output-weight part s^2 too high); s = 1 is the scalar backend. */
    static FaultyBackend outputScale(double s) {
        if (!(s > 0) || Double.isInfinite(s)) {
            throw new IllegalArgumentException("scale must be positive and finite, got " + s);
        }
        return new FaultyBackend(Fault.NONE, s, 0);
    }

    /** W1's E[w^4] (1 + a^2) times the Gaussian's at unchanged variance; a = 0 is the scalar backend. */
    static FaultyBackend outputKurtosis(double a) {
        if (!(a >= -1 && a <= 1)) {
            throw new IllegalArgumentException("kurtosis error a must lie in [-1, 1], got " + a);
        }
        return new FaultyBackend(Fault.NONE, 1, a);
    }

    @Override
    public String name() {
        if (scale != 1) {
            return "faulty-output-scale-" + scale;
        }
        if (kurtosis != 0) {
            return "faulty-output-kurtosis-" + kurtosis;
        }
        return "faulty-" + fault.name().toLowerCase();
    }

    /**
     * The fair sign r_j of output weight j of network n: the top bit of word 0 of Philox block
     * (j, n, 0, {@link #SIGN_LANE}) under the bag's key. The weights' own variates use c3 = 0, so
     * the Gaussian g_j is the correct code's, and r_j is independent of it.
     */
    static int sign(CounterStream stream, int network, int unit, int[] words) {
        Philox4x32.block(stream.key0(), stream.key1(), unit, network, 0, SIGN_LANE, words, 0);
        return words[0] < 0 ? -1 : 1;
    }

    /**
     * The output weight's standard-normal factor as this backend plants it: g, s g, or
     * sqrt(1 + a r) g. Exactly g at size 0.
     */
    double outputFactor(CounterStream stream, int network, int unit, double g, int[] words) {
        double v = scale * g;
        return kurtosis == 0 ? v : Math.sqrt(1 + kurtosis * sign(stream, network, unit, words)) * v;
    }

    @Override
    public BlockRunner runner(Ensemble e) {
        int k = e.k();
        double[][] x = e.inputs();
        double[] shift = e.gaussShift();
        ProductEstimates products = new ProductEstimates(e.layout());
        WickEstimates wick = new WickEstimates(e.layout());
        double[] unit = new double[e.dIn() + 2];
        double[] h = new double[k];
        double[] f = new double[k];
        double[] cov = new double[k * k];
        double[] mean = new double[k];
        int[] words = new int[4];
        return (block, into) -> {
            int bag = fault == Fault.SAME_NETWORKS_EVERY_BAG ? 0 : block.bag();
            CounterStream stream = CounterStream.of(e.seed(), block.width(), bag);
            int width = block.width();
            ParameterLayout params = new ParameterLayout(e.dIn(), width);
            double[] out = new double[width + 1];
            double divide = fault == Fault.W1_VARIANCE_NOT_DIVIDED_BY_N ? 1 : width;
            double conditionalDivide = fault == Fault.CONDITIONAL_ONE_OVER_N_DROPPED ? 1 : width;
            for (int n = block.firstNetwork(); n < block.firstNetwork() + block.count(); n++) {
                boolean plain = e.estimator() == Estimator.PLAIN;
                if (plain) {
                    BoxMuller.fill(stream, n, params.outputBase(), out, 0, width + 1);
                    Arrays.fill(f, e.muB() + e.sigmaB() * out[width]);
                } else {
                    Arrays.fill(cov, 0);
                    Arrays.fill(mean, 0);
                }
                for (int j = 0; j < width; j++) {
                    BoxMuller.fill(stream, n, params.w0(j, 0), unit, 0, e.dIn() + 1);
                    double b0 = e.muB() + e.sigmaB() * unit[e.dIn()];
                    for (int i = 0; i < k; i++) {
                        double z = b0;
                        for (int c = 0; c < e.dIn(); c++) {
                            z += (e.muW() + e.w0Scale() * unit[c]) * x[i][c];
                        }
                        h[i] = switch (e.arch()) {
                            case GAUSS -> fault == Fault.GAUSS_NORMALISATION_DROPPED ? Math.exp(z) : Math.exp(z - shift[i]);
                            case ERF -> Erf.erf(z);
                            case RELU -> Math.max(z, 0);
                        };
                    }
                    if (plain) {
                        double w1 = e.muW() + (fault == Fault.W1_MEAN_SHIFTED ? 0.05 : 0) + e.sigmaW() / Math.sqrt(divide) * outputFactor(stream, n, j, out[j], words);
                        for (int i = 0; i < k; i++) {
                            f[i] += w1 * h[i];
                        }
                    } else {
                        for (int a = 0; a < k; a++) {
                            mean[a] += h[a];
                            for (int b = a; b < k; b++) {
                                cov[a * k + b] += h[a] * h[b];
                            }
                        }
                    }
                }
                if (plain) {
                    into.add(products.of(f));
                } else {
                    // W1 is integrated out as a Gaussian: its scale enters, a kurtosis error cannot
                    double w1Var = e.sigmaW() * e.sigmaW() / conditionalDivide * (scale * scale);
                    for (int a = 0; a < k; a++) {
                        mean[a] = e.muB() + e.muW() * mean[a];
                        for (int b = a; b < k; b++) {
                            double c = e.sigmaB() * e.sigmaB() + w1Var * cov[a * k + b];
                            cov[a * k + b] = c;
                            cov[b * k + a] = c;
                        }
                    }
                    into.add(wick.of(cov, e.hasMeans() ? mean : null));
                }
            }
        };
    }
}
