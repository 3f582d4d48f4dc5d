/**
 * Benchmark results over time: an SQLite store that bench --record appends each run to
 * ({@link org.nnqft.reports.history.HistoryStore}), the per-benchmark series read from it, and
 * the change points found in them by E-Divisive means with a Student-t test, the method of
 * Apache Otava (formerly Hunter; Fleming et al., ICPE 2023).
 */
package org.nnqft.reports.history;
