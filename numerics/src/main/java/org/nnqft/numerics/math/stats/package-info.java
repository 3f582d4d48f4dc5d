/**
 * General statistics, in one place for every module: the spread of per-bag values, weighted
 * power-law fits, Welch's t-test, Holm's step-down adjustment (the one implementation the gate and
 * the claims' family tests share) and two-sided Bonferroni quantiles of the normal and Student-t.
 *
 * <p>May import: nothing of ours (Hipparchus for distributions, tests and least squares).
 */
package org.nnqft.numerics.math.stats;
