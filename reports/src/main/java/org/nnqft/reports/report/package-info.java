/**
 * nnqft report: result files read by kind ({@link org.nnqft.reports.report.InputLoader}) and
 * written as one self-contained index.html, charts inline as SVG, and a summary.md of the same
 * tables. Among the inputs, a benchmark history (SQLite) gives a chart per benchmark with the
 * change points nnqft history finds in it.
 */
package org.nnqft.reports.report;
