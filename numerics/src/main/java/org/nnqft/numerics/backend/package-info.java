/**
 * Backends: what evaluates a block of networks (sampling, hidden layer, outputs) and adds its
 * moment sums. The scalar backend is the reference; others are found by provider and fall back
 * to it.
 */
package org.nnqft.numerics.backend;
