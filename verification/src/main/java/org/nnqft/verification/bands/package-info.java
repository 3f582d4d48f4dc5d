/** The claims' tolerance bands and family-wise rates, read from bands.json. */
package org.nnqft.verification.bands;
