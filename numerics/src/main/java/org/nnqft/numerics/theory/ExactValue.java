package org.nnqft.numerics.theory;

/**
 * An exact expectation with its quadrature error estimate, or the reason there is none.
 *
 * @param value  the expectation, or null where theory does not reach or its error estimate is too large
 * @param error  |value - the same with doubled quadrature nodes|; 0 for closed forms; null if never evaluated
 * @param reason why value is null, or null
 */
public record ExactValue(Double value, Double error, String reason) {

    static ExactValue of(double value, double error) {
        return new ExactValue(value, error, null);
    }

    public static ExactValue none(Double error, String reason) {
        return new ExactValue(null, error, reason);
    }
}
