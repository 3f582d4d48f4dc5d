package org.nnqft.verification.claims;

import java.util.List;

/** Every claim the harness checks, in the order the issue and the report list them. */
public final class Claims {
    private Claims() {
    }

    public static List<Claim> all() {
        return List.of(ExactFamilyClaim.m2Vanishes(), ExactFamilyClaim.oddVanish(), ExactFamilyClaim.exactM4M6(),
                ScalingClaim.tested(), ScalingClaim.figureOne());
    }
}
