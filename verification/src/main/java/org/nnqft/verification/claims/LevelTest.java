package org.nnqft.verification.claims;

/**
 * How a sigma_W sweep's u_4 levels are tested against their exact values: the choice depends on
 * whether the bag spread is a sound error for the sweep's setting, which is measured, not assumed
 * (exact standard error over bag standard error, README Verification).
 */
enum LevelTest {
    /**
     * Student-t with bags - 1 degrees of freedom on the bag spread: exact p-values, for settings where
     * the bag spread estimates the exact error (ratio near 1).
     */
    BAG_SPREAD {
        @Override
        double[] pValues(CouplingSeries s) {
            return s.magnitudePValues();
        }

        @Override
        double worst(CouplingSeries s) {
            return Members.worst(s.magnitudeT());
        }

        @Override
        String words() {
            return "Student-t on the bag spread; worst |t|";
        }
    },
    /**
     * The median of the bags' u_4 in units of one bag's exact standard deviation ({@link MedianOfMeansBound}),
     * a p-value bound for any distribution, for settings whose variance rare networks carry (sigma_b = 1).
     */
    BAG_MEDIANS {
        @Override
        double[] pValues(CouplingSeries s) {
            return s.magnitudeMedianPValues();
        }

        @Override
        double worst(CouplingSeries s) {
            return s.worstMedianDistance();
        }

        @Override
        String words() {
            return "median of bags, a bound; worst distance in bag sd";
        }

        @Override
        boolean bounds() {
            return true;
        }
    };

    /** One p-value per sigma_W of "mean u_4 equals its exact value". */
    abstract double[] pValues(CouplingSeries s);

    /** The largest statistic behind {@link #pValues}, for the evidence. */
    abstract double worst(CouplingSeries s);

    /** The test and its worst statistic in words. */
    abstract String words();

    /** Whether the p-values are proven bounds (calibration then checks them one-sided). */
    boolean bounds() {
        return false;
    }
}
