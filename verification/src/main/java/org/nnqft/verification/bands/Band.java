package org.nnqft.verification.bands;

/** One number a claim is judged by, with the reason it has that value. */
public record Band(double value, String rationale) {
}
