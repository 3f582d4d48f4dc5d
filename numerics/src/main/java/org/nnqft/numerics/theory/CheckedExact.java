package org.nnqft.numerics.theory;

import java.util.Locale;
import org.nnqft.numerics.spec.Architecture;

/**
 * Exact expectations that carry their quadrature error. erf and ReLU hidden moments are quadratures
 * whose node counts were tuned on a validated range (about sigma_W / sigma_b <= 60, sigma_W <= 20)
 * while a spec may ask for far more; every value is therefore evaluated a second time with every node
 * count doubled (caps included), and their difference is its error estimate. Above {@link #TOLERANCE}
 * relative the value is withheld with the reason, so a result file never holds a silently wrong
 * expectation. The Gauss-net's moments are closed forms: error 0, no second evaluation.
 *
 * <p>The value reported is the ordinary evaluation, so results keep their bits; both evaluations are
 * memoised per multiset (ExactMoments), so the check costs the doubled rule once per multiset.
 */
public final class CheckedExact {
    /** Largest relative error estimate an exact value may carry. */
    public static final double TOLERANCE = 1e-8;

    private final ExactMoments primary;
    /** Doubled nodes; null for closed forms. */
    private final ExactMoments refined;

    private CheckedExact(ExactMoments primary, ExactMoments refined) {
        this.primary = primary;
        this.refined = refined;
    }

    /** The exact theory of one architecture at zero means (ExactMoments.of) with its doubled-node twin. */
    public static CheckedExact of(Architecture arch, int dIn, double sigmaW, double sigmaB, int width) {
        ExactMoments primary = ExactMoments.of(arch, dIn, sigmaW, sigmaB, width);
        ExactMoments refined = switch (arch) {
            case GAUSS -> null;
            case ERF -> new ExactMoments(new ErfHiddenMoments(dIn, sigmaW, sigmaB, 2), sigmaW, sigmaB, width);
            case RELU -> new ExactMoments(new ReluHiddenMoments(dIn, sigmaW, sigmaB, 2), sigmaW, sigmaB, width);
        };
        return new CheckedExact(primary, refined);
    }

    /** The same network at another width, sharing both memos. */
    public CheckedExact atWidth(int width) {
        return new CheckedExact(primary.atWidth(width), refined == null ? null : refined.atWidth(width));
    }

    /** The ordinary evaluation, for uses whose own error dwarfs the quadrature's (standard errors). */
    public ExactMoments theory() {
        return primary;
    }

    /** E[f(x_1) ... f(x_n)] with its error estimate, or null with the reason. */
    public ExactValue expectation(double[][] points) {
        double value;
        double twice;
        try {
            value = primary.expectation(points);
            twice = refined == null ? value : refined.expectation(points);
        } catch (UnsupportedOperationException beyondReach) {
            return ExactValue.none(null, "beyond the quadrature's reach: " + beyondReach.getMessage());
        }
        if (!Double.isFinite(value) || !Double.isFinite(twice)) {
            // overflow is no quadrature error: passed on, so that the analysis stops and names the spec
            return ExactValue.of(Double.isFinite(value) ? twice : value, Double.NaN);
        }
        double error = Math.abs(value - twice);
        // exact zeros (odd orders, identically vanishing pre-activations) agree bit for bit
        double relative = error == 0 ? 0 : error / Math.abs(twice);
        if (!(relative <= TOLERANCE)) {
            return ExactValue.none(error, String.format(Locale.ROOT,
                    "quadrature error estimate %.1e relative (doubled nodes) exceeds %.0e", relative, TOLERANCE));
        }
        return ExactValue.of(value, error);
    }
}
