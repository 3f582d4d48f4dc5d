/**
 * Result files: the JSON written by each command (run, sweep, couplings, verify, calibration,
 * comparison, bench environment), with their schema versions, written atomically.
 */
package org.nnqft.reports.results;
