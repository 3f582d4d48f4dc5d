/**
 * The claims: each one a test of the data against theory with a p-value per member (exact error,
 * bag spread, or a proven tail bound) and the family it belongs to.
 */
package org.nnqft.verification.claims;
