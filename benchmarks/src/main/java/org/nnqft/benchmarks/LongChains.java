package org.nnqft.benchmarks;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;

/**
 * The integer chains of {@link VectorOpsBenchmark}, as {@link DoubleChains}: conversion, Philox's
 * multiply with and without its mask, shift and xor.
 */
final class LongChains {
    private static final long MASK = 0xFFFFFFFFL;
    /** Philox's first multiplier, a compile-time constant as in LanePhilox. */
    private static final long M = 0xD2511F53L;

    private LongChains() {
    }

    /** x = bits of (double) x: one conversion a step (the reinterpretation is free). */
    static void l2dThroughput(VectorOpsBenchmark.Operands s) {
        int n = VectorOpsBenchmark.L.length();
        LongVector x0 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 0);
        LongVector x1 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, n);
        LongVector x2 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 2 * n);
        LongVector x3 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 3 * n);
        LongVector x4 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 4 * n);
        LongVector x5 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 5 * n);
        LongVector x6 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 6 * n);
        LongVector x7 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 7 * n);
        for (int i = 0; i < VectorOpsBenchmark.OPS / VectorOpsBenchmark.CHAINS; i++) {
            x0 = ((DoubleVector) x0.convert(VectorOperators.L2D, 0)).reinterpretAsLongs();
            x1 = ((DoubleVector) x1.convert(VectorOperators.L2D, 0)).reinterpretAsLongs();
            x2 = ((DoubleVector) x2.convert(VectorOperators.L2D, 0)).reinterpretAsLongs();
            x3 = ((DoubleVector) x3.convert(VectorOperators.L2D, 0)).reinterpretAsLongs();
            x4 = ((DoubleVector) x4.convert(VectorOperators.L2D, 0)).reinterpretAsLongs();
            x5 = ((DoubleVector) x5.convert(VectorOperators.L2D, 0)).reinterpretAsLongs();
            x6 = ((DoubleVector) x6.convert(VectorOperators.L2D, 0)).reinterpretAsLongs();
            x7 = ((DoubleVector) x7.convert(VectorOperators.L2D, 0)).reinterpretAsLongs();
        }
        x0.or(x1).or(x2).or(x3).or(x4).or(x5).or(x6).or(x7).intoArray(s.longSink, 0);
    }

    static void l2dLatency(VectorOpsBenchmark.Operands s) {
        LongVector x = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 0);
        for (int i = 0; i < VectorOpsBenchmark.OPS; i++) {
            x = ((DoubleVector) x.convert(VectorOperators.L2D, 0)).reinterpretAsLongs();
        }
        x.intoArray(s.longSink, 0);
    }

    /** x = (x &amp; 0xffffffff) M: LanePhilox's 32 x 32 -&gt; 64-bit product. */
    static void maskedMulThroughput(VectorOpsBenchmark.Operands s) {
        int n = VectorOpsBenchmark.L.length();
        LongVector x0 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 0);
        LongVector x1 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, n);
        LongVector x2 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 2 * n);
        LongVector x3 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 3 * n);
        LongVector x4 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 4 * n);
        LongVector x5 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 5 * n);
        LongVector x6 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 6 * n);
        LongVector x7 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 7 * n);
        for (int i = 0; i < VectorOpsBenchmark.OPS / VectorOpsBenchmark.CHAINS; i++) {
            x0 = x0.and(MASK).mul(M);
            x1 = x1.and(MASK).mul(M);
            x2 = x2.and(MASK).mul(M);
            x3 = x3.and(MASK).mul(M);
            x4 = x4.and(MASK).mul(M);
            x5 = x5.and(MASK).mul(M);
            x6 = x6.and(MASK).mul(M);
            x7 = x7.and(MASK).mul(M);
        }
        x0.or(x1).or(x2).or(x3).or(x4).or(x5).or(x6).or(x7).intoArray(s.longSink, 0);
    }

    static void maskedMulLatency(VectorOpsBenchmark.Operands s) {
        LongVector x = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 0);
        for (int i = 0; i < VectorOpsBenchmark.OPS; i++) {
            x = x.and(MASK).mul(M);
        }
        x.intoArray(s.longSink, 0);
    }

    /** x = x M, all 64 bits: the product without the mask that makes it 32 x 32. */
    static void fullMulThroughput(VectorOpsBenchmark.Operands s) {
        int n = VectorOpsBenchmark.L.length();
        LongVector x0 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 0);
        LongVector x1 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, n);
        LongVector x2 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 2 * n);
        LongVector x3 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 3 * n);
        LongVector x4 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 4 * n);
        LongVector x5 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 5 * n);
        LongVector x6 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 6 * n);
        LongVector x7 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 7 * n);
        for (int i = 0; i < VectorOpsBenchmark.OPS / VectorOpsBenchmark.CHAINS; i++) {
            x0 = x0.mul(M);
            x1 = x1.mul(M);
            x2 = x2.mul(M);
            x3 = x3.mul(M);
            x4 = x4.mul(M);
            x5 = x5.mul(M);
            x6 = x6.mul(M);
            x7 = x7.mul(M);
        }
        x0.or(x1).or(x2).or(x3).or(x4).or(x5).or(x6).or(x7).intoArray(s.longSink, 0);
    }

    static void fullMulLatency(VectorOpsBenchmark.Operands s) {
        LongVector x = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 0);
        for (int i = 0; i < VectorOpsBenchmark.OPS; i++) {
            x = x.mul(M);
        }
        x.intoArray(s.longSink, 0);
    }

    /** x ^= x &gt;&gt;&gt; 7: two operations a step, as Philox's rounds are mostly shifts and xors. */
    static void shiftXorThroughput(VectorOpsBenchmark.Operands s) {
        int n = VectorOpsBenchmark.L.length();
        LongVector x0 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 0);
        LongVector x1 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, n);
        LongVector x2 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 2 * n);
        LongVector x3 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 3 * n);
        LongVector x4 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 4 * n);
        LongVector x5 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 5 * n);
        LongVector x6 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 6 * n);
        LongVector x7 = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 7 * n);
        for (int i = 0; i < VectorOpsBenchmark.OPS / (VectorOpsBenchmark.CHAINS * 2); i++) {
            x0 = x0.lanewise(VectorOperators.XOR, x0.lanewise(VectorOperators.LSHR, 7));
            x1 = x1.lanewise(VectorOperators.XOR, x1.lanewise(VectorOperators.LSHR, 7));
            x2 = x2.lanewise(VectorOperators.XOR, x2.lanewise(VectorOperators.LSHR, 7));
            x3 = x3.lanewise(VectorOperators.XOR, x3.lanewise(VectorOperators.LSHR, 7));
            x4 = x4.lanewise(VectorOperators.XOR, x4.lanewise(VectorOperators.LSHR, 7));
            x5 = x5.lanewise(VectorOperators.XOR, x5.lanewise(VectorOperators.LSHR, 7));
            x6 = x6.lanewise(VectorOperators.XOR, x6.lanewise(VectorOperators.LSHR, 7));
            x7 = x7.lanewise(VectorOperators.XOR, x7.lanewise(VectorOperators.LSHR, 7));
        }
        x0.or(x1).or(x2).or(x3).or(x4).or(x5).or(x6).or(x7).intoArray(s.longSink, 0);
    }

    static void shiftXorLatency(VectorOpsBenchmark.Operands s) {
        LongVector x = LongVector.fromArray(VectorOpsBenchmark.L, s.longSeeds, 0);
        for (int i = 0; i < VectorOpsBenchmark.OPS / 2; i++) {
            x = x.lanewise(VectorOperators.XOR, x.lanewise(VectorOperators.LSHR, 7));
        }
        x.intoArray(s.longSink, 0);
    }
}
