package org.nnqft.numerics.backend;

/** A unit of work: networks [firstNetwork, firstNetwork + count) of one bag at one width. */
public record Block(int width, int bag, int firstNetwork, int count) {
}
