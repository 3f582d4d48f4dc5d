package org.nnqft.numerics.engine;

/** A run produced NaN or infinity; the message names the spec and where. */
public final class NonFiniteException extends RuntimeException {
    public NonFiniteException(String message) {
        super(message);
    }
}
