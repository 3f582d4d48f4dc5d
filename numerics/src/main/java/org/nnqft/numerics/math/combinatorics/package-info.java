/**
 * Counting and enumeration: multisets of indices (the arguments of an n-point function), set
 * partitions (the moment-cumulant relations), and multisets of points compared by value (keys of
 * caches of symmetric functions).
 *
 * <p>May import: nothing of ours.
 */
package org.nnqft.numerics.math.combinatorics;
