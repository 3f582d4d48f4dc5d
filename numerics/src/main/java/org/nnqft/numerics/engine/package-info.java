/**
 * The engine: splits a spec into work units, runs them on threads and merges their sums in a fixed
 * order, so results do not depend on the thread count; stops on non-finite values.
 *
 * <p>May import (of ours): backend, moments, spec, math. Enforced by ArchitectureTest; see
 * docs/design.md.
 */
package org.nnqft.numerics.engine;
