/**
 * Backends: what evaluates a block of networks (sampling, hidden layer, outputs) and adds its
 * moment sums. Every backend is a {@link org.nnqft.numerics.backend.BackendProvider} found by
 * ServiceLoader, scalar (here, the reference) and simd (backend.simd) as well as nd4j (its own
 * module); simd falls back to scalar where the Vector API cannot run.
 *
 * <p>May import (of ours): moments, random, spec, math (backend.simd imports backend, never the
 * reverse). Enforced by ArchitectureTest; see docs/design.md.
 */
package org.nnqft.numerics.backend;
