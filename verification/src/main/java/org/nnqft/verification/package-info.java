/**
 * The papers' claims as code: a lab runs a claim's measurements, family tests turn them into
 * verdicts at a stated false-alarm rate, calibration measures that rate over seeds.
 */
package org.nnqft.verification;
