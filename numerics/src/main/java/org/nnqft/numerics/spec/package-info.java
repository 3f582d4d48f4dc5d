/**
 * What to compute: an experiment spec (architecture, widths, inputs, estimator, precision, random
 * stream) built and validated in one place; bad values name the parameter and its range.
 */
package org.nnqft.numerics.spec;
