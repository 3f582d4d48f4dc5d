package org.nnqft.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Holm's family-wise test keeps its stated false-alarm rate. */
class FamilyTestTest {
    private static final double ALPHA = 1e-4;

    @Test
    void familyTestControlsItsRate() {
        // Under H0 with independent t_19 statistics the family rejects with probability <= alpha:
        // 2000 families of 50 would show ~0.2 rejections at alpha = 1e-4; allow at most 3
        // (Poisson(0.2) exceeds 3 with probability 6e-5).
        java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
        int rejections = 0;
        for (int f = 0; f < 2000; f++) {
            double[] t = new double[50];
            for (int i = 0; i < t.length; i++) {
                double z = rng.nextGaussian();
                double chi2 = 0;
                for (int d = 0; d < 19; d++) {
                    double g = rng.nextGaussian();
                    chi2 += g * g;
                }
                t[i] = z / Math.sqrt(chi2 / 19);
            }
            rejections += FamilyTest.of(t, 19, ALPHA).passes() ? 0 : 1;
        }
        assertThat(rejections).isLessThanOrEqualTo(3);
        assertThat(FamilyTest.of(new double[] {0.1, 9.0, -0.5}, 19, ALPHA).rejected()).isEqualTo(1);
    }

    @Test
    void mixedKindsCombineThroughTheirPValues() {
        FamilyTest t = FamilyTest.ofPValues(new double[] {0.5, 1e-7, 0.01}, 5.3, ALPHA);
        assertThat(t.rejected()).isEqualTo(1);
        assertThat(t.members()).isEqualTo(3);
        assertThat(FamilyTest.ofPValues(new double[] {0.5, 5e-5, 0.01}, 4.1, ALPHA).passes()).isTrue();
    }

    @Test
    void aNaNPValueIsARejectionNotAPass() {
        FamilyTest t = FamilyTest.ofPValues(new double[] {0.5, Double.NaN, 0.9}, Double.NaN, ALPHA);
        assertThat(t.passes()).isFalse();
        assertThat(t.rejected()).isEqualTo(1);
    }
}
