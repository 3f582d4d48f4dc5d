package org.nnqft.numerics.backend.simd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** exp against Math.exp over the whole range, in arrays whose length is not a lane multiple. */
class VectorExpTest {

    @Test
    void doubleWithinTwoUlpOfMathExp() {
        SplittableRandom rng = new SplittableRandom(4);
        double[] x = new double[200_003];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 3 == 0 ? rng.nextDouble(-708, 709.7) : rng.nextGaussian() * (i % 2 == 0 ? 1 : 20);
        }
        double[] y = new double[x.length];
        VectorExp.exp(x, 0, y, 0, x.length);
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            double e = Math.exp(x[i]);
            worst = Math.max(worst, Math.abs(y[i] - e) / Math.ulp(e));
        }
        // measured worst: 1 ulp
        assertThat(worst).isLessThanOrEqualTo(2);
    }

    @Test
    void floatWithinTwoFloatUlpOfMathExp() {
        SplittableRandom rng = new SplittableRandom(5);
        float[] x = new float[100_007];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (i % 2 == 0 ? rng.nextDouble(-87, 88.7) : rng.nextGaussian() * 3);
        }
        float[] y = new float[x.length];
        VectorExp.exp(x, 0, y, 0, x.length);
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            float e = (float) Math.exp(x[i]);
            worst = Math.max(worst, Math.abs(y[i] - e) / Math.ulp(e));
        }
        assertThat(worst).isLessThanOrEqualTo(2);
    }

    @Test
    void edgesOfTheRange() {
        double[] x = {0, -0.0, 1e-300, 0.5 * Math.log(2), 709.78, 709.79, 1000, Double.POSITIVE_INFINITY,
            -708.39, -708.4, -745.2, Double.NEGATIVE_INFINITY, Double.NaN, 1, -1};
        double[] y = new double[x.length];
        VectorExp.exp(x, 0, y, 0, x.length);
        for (int i = 0; i < x.length; i++) {
            double e = Math.exp(x[i]);
            if (Double.isNaN(e)) {
                assertThat(y[i]).isNaN();
            } else if (e < Double.MIN_NORMAL) {
                assertThat(y[i]).as("exp(%s)", x[i]).isZero();
            } else if (Double.isInfinite(e)) {
                assertThat(y[i]).isEqualTo(Double.POSITIVE_INFINITY);
            } else {
                assertThat(Math.abs(y[i] - e)).as("exp(%s)", x[i]).isLessThanOrEqualTo(2 * Math.ulp(e));
            }
        }
    }

    /** The array forms write the kernels out (no vector crosses a call): the same bits as the vector forms. */
    @Test
    void arrayFormsAreTheVectorFormsBitForBit() {
        SplittableRandom rng = new SplittableRandom(6);
        double[] x = new double[1003];
        float[] xf = new float[1003];
        double[] edges = {-745.2, -708.4, 709.79, 1000, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 11 == 10 ? edges[rng.nextInt(edges.length)] : rng.nextGaussian() * 30;
            xf[i] = (float) (x[i] / 8);
        }
        double[] y = new double[x.length];
        float[] yf = new float[xf.length];
        VectorExp.exp(x, 0, y, 0, x.length);
        VectorExp.exp(xf, 0, yf, 0, xf.length);
        double[] viaVectors = VectorMathTest.apply(VectorExp::exp, x);
        float[] viaFloatVectors = VectorMathFloatTest.apply(VectorExp::exp, xf);
        for (int i = 0; i < x.length; i++) {
            assertThat(Double.doubleToRawLongBits(y[i])).as("exp(%s)", x[i]).isEqualTo(Double.doubleToRawLongBits(viaVectors[i]));
            assertThat(Float.floatToRawIntBits(yf[i])).as("exp(%s)", xf[i]).isEqualTo(Float.floatToRawIntBits(viaFloatVectors[i]));
        }
    }
}
