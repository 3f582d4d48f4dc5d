/**
 * What to compute: an experiment spec (architecture, widths, inputs, estimator, precision, random
 * stream) built and validated in one place; bad values name the parameter and its range.
 *
 * <p>May import (of ours): random, math. Enforced by ArchitectureTest; see docs/design.md.
 */
package org.nnqft.numerics.spec;
