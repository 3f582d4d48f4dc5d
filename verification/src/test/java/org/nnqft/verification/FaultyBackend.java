package org.nnqft.verification;

import java.util.Arrays;
import org.nnqft.numerics.backend.Backend;
import org.nnqft.numerics.backend.BlockRunner;
import org.nnqft.numerics.backend.Ensemble;
import org.nnqft.numerics.backend.Erf;
import org.nnqft.numerics.moments.ProductEstimates;
import org.nnqft.numerics.moments.WickEstimates;
import org.nnqft.numerics.random.BoxMuller;
import org.nnqft.numerics.random.CounterStream;
import org.nnqft.numerics.random.ParameterLayout;
import org.nnqft.numerics.spec.Estimator;

/**
 * Test only: the scalar reference forward pass with one planted fault. With {@link Fault#NONE} it
 * draws and computes exactly what the scalar backend does (FaultyBackendTest checks the bits), so
 * a claim that fails on a fault fails because of that fault alone.
 */
final class FaultyBackend implements Backend {
    enum Fault {
        NONE,
        /** W1 ~ N(0, sigma_W^2) instead of N(0, sigma_W^2 / N). */
        W1_VARIANCE_NOT_DIVIDED_BY_N,
        /** The Gauss-net's exp(z) without its division by exp(sigma_b^2 + s |x|^2). */
        GAUSS_NORMALISATION_DROPPED,
        /** Every bag draws bag 0's networks. */
        SAME_NETWORKS_EVERY_BAG,
        /** The conditional estimator's C = sigma_b^2 + sigma_W^2 Phi^T Phi without its 1/N. */
        CONDITIONAL_ONE_OVER_N_DROPPED
    }

    private final Fault fault;

    FaultyBackend(Fault fault) {
        this.fault = fault;
    }

    @Override
    public String name() {
        return "faulty-" + fault.name().toLowerCase();
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
                        double w1 = e.muW() + e.sigmaW() / Math.sqrt(divide) * out[j];
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
                    double w1Var = e.sigmaW() * e.sigmaW() / conditionalDivide;
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
