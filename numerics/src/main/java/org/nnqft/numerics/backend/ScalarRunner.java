package org.nnqft.numerics.backend;

import org.nnqft.numerics.math.special.Erf;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.moments.ProductEstimates;
import org.nnqft.numerics.moments.WickEstimates;
import org.nnqft.numerics.random.BoxMuller;
import org.nnqft.numerics.random.CounterStream;
import org.nnqft.numerics.random.ParameterLayout;
import org.nnqft.numerics.spec.Estimator;

/** The scalar reference: draws each network's parameters and runs its forward pass in plain loops. */
final class ScalarRunner implements BlockRunner {
    private final Ensemble e;
    private final int k;
    private final double[][] x;
    private final double[] shift;
    private final ProductEstimates products;
    private final WickEstimates wick;
    private final double[] unit;
    private final double[] z;
    private final double[] h;
    private final double[] f;
    private final double[] cov;
    private final double[] mean;
    private final double w0Scale;
    private double[] outputLayer = new double[0];

    ScalarRunner(Ensemble ensemble) {
        this.e = ensemble;
        this.k = ensemble.k();
        this.x = ensemble.inputs();
        this.shift = ensemble.gaussShift();
        this.products = new ProductEstimates(ensemble.layout());
        this.wick = new WickEstimates(ensemble.layout());
        this.unit = new double[ensemble.dIn() + 2];
        this.z = new double[k];
        this.h = new double[k];
        this.f = new double[k];
        this.cov = new double[k * k];
        this.mean = new double[k];
        this.w0Scale = ensemble.w0Scale();
    }

    @Override
    public void run(Block block, MomentSums into) {
        CounterStream stream = CounterStream.of(e.seed(), block.width(), block.bag());
        ParameterLayout params = new ParameterLayout(e.dIn(), block.width());
        for (int n = block.firstNetwork(); n < block.firstNetwork() + block.count(); n++) {
            if (e.estimator() == Estimator.PLAIN) {
                into.add(products.of(outputs(stream, params, n)));
            } else {
                conditionalMoments(stream, params, n);
                into.add(wick.of(cov, e.hasMeans() ? mean : null));
            }
        }
    }

    /** f(x_i) of network n for every input. */
    private double[] outputs(CounterStream stream, ParameterLayout params, int n) {
        int width = params.width();
        if (outputLayer.length < width + 1) {
            outputLayer = new double[width + 1];
        }
        BoxMuller.fill(stream, n, params.outputBase(), outputLayer, 0, width + 1);
        double w1Scale = e.sigmaW() / Math.sqrt(width);
        java.util.Arrays.fill(f, e.muB() + e.sigmaB() * outputLayer[width]);
        for (int j = 0; j < width; j++) {
            hidden(stream, params, n, j);
            double w1 = e.muW() + w1Scale * outputLayer[j];
            for (int i = 0; i < k; i++) {
                f[i] += w1 * h[i];
            }
        }
        return f;
    }

    /** Covariance and mean of f given network n's hidden layer; W1 and b1 are never drawn. */
    private void conditionalMoments(CounterStream stream, ParameterLayout params, int n) {
        java.util.Arrays.fill(cov, 0);
        java.util.Arrays.fill(mean, 0);
        for (int j = 0; j < params.width(); j++) {
            hidden(stream, params, n, j);
            for (int a = 0; a < k; a++) {
                mean[a] += h[a];
                for (int b = a; b < k; b++) {
                    cov[a * k + b] += h[a] * h[b];
                }
            }
        }
        double w1Var = e.sigmaW() * e.sigmaW() / params.width();
        double b1Var = e.sigmaB() * e.sigmaB();
        for (int a = 0; a < k; a++) {
            mean[a] = e.muB() + e.muW() * mean[a];
            for (int b = a; b < k; b++) {
                double c = b1Var + w1Var * cov[a * k + b];
                cov[a * k + b] = c;
                cov[b * k + a] = c;
            }
        }
    }

    /** h_j(x_i) for every input, into {@link #h}. */
    private void hidden(CounterStream stream, ParameterLayout params, int n, int j) {
        int dIn = e.dIn();
        BoxMuller.fill(stream, n, params.w0(j, 0), unit, 0, dIn + 1);
        double b0 = e.muB() + e.sigmaB() * unit[dIn];
        for (int i = 0; i < k; i++) {
            double zi = b0;
            for (int c = 0; c < dIn; c++) {
                zi += (e.muW() + w0Scale * unit[c]) * x[i][c];
            }
            z[i] = zi;
        }
        for (int i = 0; i < k; i++) {
            h[i] = activation(z[i], i);
        }
    }

    private double activation(double zi, int i) {
        return switch (e.arch()) {
            case GAUSS -> Math.exp(zi - shift[i]);
            case ERF -> Erf.erf(zi);
            case RELU -> Math.max(zi, 0);
        };
    }
}
