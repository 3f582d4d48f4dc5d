/**
 * The performance regression gate: JMH result files read, paired by benchmark, compared on fork
 * means (Welch, Holm over the family, a minimum effect), and regressions confirmed by re-running.
 */
package org.nnqft.reports.gate;
