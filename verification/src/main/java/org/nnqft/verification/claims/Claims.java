package org.nnqft.verification.claims;

import java.util.List;
import org.nnqft.numerics.spec.Estimator;

/** Every claim the harness checks, in the order the issue and the report list them. */
public final class Claims {
    private Claims() {
    }

    public static List<Claim> all() {
        return List.of(ExactFamilyClaim.m2Vanishes(), ExactFamilyClaim.oddVanish(), ExactFamilyClaim.exactM4M6(),
                ScalingClaim.tested(), ScalingClaim.figureOne(), FlowExponentClaim.tested(), FlowExponentClaim.asPublished(),
                new FigureTwoClaim(Estimator.PLAIN), new FigureTwoClaim(Estimator.CONDITIONAL));
    }
}
