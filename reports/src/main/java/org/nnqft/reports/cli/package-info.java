/**
 * The nnqft command line (picocli): run, green, couplings, verify, bench, compare, history, report,
 * rng. Bad input is exit code 2 with the parameter and its allowed range.
 */
package org.nnqft.reports.cli;
