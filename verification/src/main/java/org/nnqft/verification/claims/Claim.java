package org.nnqft.verification.claims;

import org.nnqft.verification.ClaimResult;
import org.nnqft.verification.Lab;

/** A claim of the papers as code: it asks the lab for measurements and returns a verdict. */
public interface Claim {
    /** A short stable name, e.g. "m2-vanishes". */
    String name();

    ClaimResult check(Lab lab);

    /**
     * Whether {@link ClaimResult#pValues()} are proven bounds (P(p <= a) <= a, conservative) rather than
     * exact p-values (uniform under correct code): calibration then checks them for too many small values only.
     */
    default boolean pValuesAreBounds() {
        return false;
    }
}
