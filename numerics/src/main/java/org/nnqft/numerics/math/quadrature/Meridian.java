package org.nnqft.numerics.math.quadrature;

/**
 * Exact integrals of cos^{D-t}(a) sin^t(a) over [low, pi/2], t = 0..D: the integral of a homogeneous
 * trigonometric polynomial of degree D along a meridian, from its monomial coefficients.
 *
 * <p>Integration by parts moves a power between the two factors at fixed total degree:
 * I(a, b) = cos^{a+1} sin^{b-1}(low) / (a+1) + (b-1)/(a+1) I(a+2, b-2), and
 * I(a, b) = -cos^{a-1} sin^{b+1}(low) / (b+1) + (a-1)/(b+1) I(a-2, b+2) for a >= 2 (both upper-limit terms
 * vanish with cos(pi/2) = 0). Each is used on the half of the row where its coefficient is below one, so
 * errors do not grow along the recursion; the ends I(D, 0) and I(0, D) come from the one-power reductions of
 * the integrals of cos^a and sin^b, also contracting.
 */
public final class Meridian {
    private Meridian() {
    }

    /** I(D - t, t) for t = 0..D, into {@code row}; {@code cp}, {@code sp} are scratch (length D + 2). */
    public static void powers(double low, int d, double[] row, double[] cp, double[] sp) {
        double c = Math.cos(low);
        double s = Math.sin(low);
        cp[0] = 1;
        sp[0] = 1;
        for (int j = 1; j <= d + 1; j++) {
            cp[j] = cp[j - 1] * c;
            sp[j] = sp[j - 1] * s;
        }
        // The ends: int cos^d and int sin^d by their reductions from int 1 or int cos (int sin).
        double cosEnd = d % 2 == 0 ? Math.PI / 2 - low : 1 - s;
        double sinEnd = d % 2 == 0 ? Math.PI / 2 - low : c;
        for (int j = d % 2 == 0 ? 2 : 3; j <= d; j += 2) {
            cosEnd = -cp[j - 1] * s / j + (j - 1.0) / j * cosEnd;
            sinEnd = sp[j - 1] * c / j + (j - 1.0) / j * sinEnd;
        }
        row[0] = cosEnd;
        row[d] = sinEnd;
        if (d >= 1) {
            row[1] = cp[d] / d; // I(d-1, 1) = cos^d(low) / d
            row[d - 1] = (1 - sp[d]) / d; // I(1, d-1) = (1 - sin^d(low)) / d
        }
        int half = d / 2;
        for (int t = 2; t <= half; t++) {
            int a = d - t;
            row[t] = cp[a + 1] * sp[t - 1] / (a + 1) + (t - 1.0) / (a + 1) * row[t - 2];
        }
        for (int t = d - 2; t > half; t--) {
            int a = d - t;
            row[t] = -cp[a - 1] * sp[t + 1] / (t + 1) + (a - 1.0) / (t + 1) * row[t + 2];
        }
    }
}
