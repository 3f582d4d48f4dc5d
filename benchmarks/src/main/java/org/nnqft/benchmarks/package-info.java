/**
 * JMH benchmarks, one idea each: the forward pass per backend and estimator, the Gaussian
 * samplers, exp and friends, moment accumulation, and this machine's cost of each vector
 * operation they are made of (VectorOpsBenchmark, its chains in DoubleChains and LongChains).
 * The Baseline and TaylorExp classes are kept only as the "before" beside a measurement; no
 * engine uses them.
 */
package org.nnqft.benchmarks;
