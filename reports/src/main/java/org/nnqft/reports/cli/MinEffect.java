package org.nnqft.reports.cli;

import org.nnqft.numerics.spec.SpecException;

/**
 * --min-effect as a fraction. "10%" and "0.1" mean the same; a bare "10" is refused rather than
 * read as 1000%, the likelier slip.
 */
final class MinEffect {
    private MinEffect() {
    }

    static double parse(String given) {
        String s = given.strip();
        boolean percent = s.endsWith("%");
        double x;
        try {
            x = Double.parseDouble(percent ? s.substring(0, s.length() - 1).strip() : s);
        } catch (NumberFormatException e) {
            throw new SpecException("min-effect", Allowed.MIN_EFFECT, given.isBlank() ? "nothing" : given);
        }
        double fraction = percent ? x / 100 : x;
        if (!(fraction >= 0 && fraction <= (percent ? 10 : 1))) {
            throw new SpecException("min-effect", Allowed.MIN_EFFECT, given);
        }
        return fraction;
    }
}
