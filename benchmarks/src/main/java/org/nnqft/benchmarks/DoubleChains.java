package org.nnqft.benchmarks;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;

/**
 * The floating-point chains of {@link VectorOpsBenchmark}, {@link VectorOpsBenchmark#OPS}
 * operations each: {@code ...Throughput} applies the operation to eight independent vectors per
 * loop step, {@code ...Latency} to the one vector the step before produced. Written out, not
 * passed as lambdas: a vector crossing a call that C2 does not inline is boxed.
 */
final class DoubleChains {
    private DoubleChains() {
    }

    /** x = x a + b. */
    static void fmaThroughput(VectorOpsBenchmark.Operands s) {
        DoubleVector a = DoubleVector.broadcast(VectorOpsBenchmark.D, s.a);
        DoubleVector b = DoubleVector.broadcast(VectorOpsBenchmark.D, s.b);
        int n = VectorOpsBenchmark.D.length();
        DoubleVector x0 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 0);
        DoubleVector x1 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, n);
        DoubleVector x2 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 2 * n);
        DoubleVector x3 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 3 * n);
        DoubleVector x4 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 4 * n);
        DoubleVector x5 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 5 * n);
        DoubleVector x6 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 6 * n);
        DoubleVector x7 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 7 * n);
        for (int i = 0; i < VectorOpsBenchmark.OPS / VectorOpsBenchmark.CHAINS; i++) {
            x0 = x0.fma(a, b);
            x1 = x1.fma(a, b);
            x2 = x2.fma(a, b);
            x3 = x3.fma(a, b);
            x4 = x4.fma(a, b);
            x5 = x5.fma(a, b);
            x6 = x6.fma(a, b);
            x7 = x7.fma(a, b);
        }
        x0.add(x1).add(x2).add(x3).add(x4).add(x5).add(x6).add(x7).intoArray(s.sink, 0);
    }

    static void fmaLatency(VectorOpsBenchmark.Operands s) {
        DoubleVector a = DoubleVector.broadcast(VectorOpsBenchmark.D, s.a);
        DoubleVector b = DoubleVector.broadcast(VectorOpsBenchmark.D, s.b);
        DoubleVector x = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 0);
        for (int i = 0; i < VectorOpsBenchmark.OPS; i++) {
            x = x.fma(a, b);
        }
        x.intoArray(s.sink, 0);
    }

    /** x = x a. */
    static void mulThroughput(VectorOpsBenchmark.Operands s) {
        DoubleVector a = DoubleVector.broadcast(VectorOpsBenchmark.D, s.a);
        int n = VectorOpsBenchmark.D.length();
        DoubleVector x0 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 0);
        DoubleVector x1 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, n);
        DoubleVector x2 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 2 * n);
        DoubleVector x3 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 3 * n);
        DoubleVector x4 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 4 * n);
        DoubleVector x5 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 5 * n);
        DoubleVector x6 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 6 * n);
        DoubleVector x7 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 7 * n);
        for (int i = 0; i < VectorOpsBenchmark.OPS / VectorOpsBenchmark.CHAINS; i++) {
            x0 = x0.mul(a);
            x1 = x1.mul(a);
            x2 = x2.mul(a);
            x3 = x3.mul(a);
            x4 = x4.mul(a);
            x5 = x5.mul(a);
            x6 = x6.mul(a);
            x7 = x7.mul(a);
        }
        x0.add(x1).add(x2).add(x3).add(x4).add(x5).add(x6).add(x7).intoArray(s.sink, 0);
    }

    static void mulLatency(VectorOpsBenchmark.Operands s) {
        DoubleVector a = DoubleVector.broadcast(VectorOpsBenchmark.D, s.a);
        DoubleVector x = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 0);
        for (int i = 0; i < VectorOpsBenchmark.OPS; i++) {
            x = x.mul(a);
        }
        x.intoArray(s.sink, 0);
    }

    /** x = x + b. */
    static void addThroughput(VectorOpsBenchmark.Operands s) {
        DoubleVector b = DoubleVector.broadcast(VectorOpsBenchmark.D, s.b);
        int n = VectorOpsBenchmark.D.length();
        DoubleVector x0 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 0);
        DoubleVector x1 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, n);
        DoubleVector x2 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 2 * n);
        DoubleVector x3 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 3 * n);
        DoubleVector x4 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 4 * n);
        DoubleVector x5 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 5 * n);
        DoubleVector x6 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 6 * n);
        DoubleVector x7 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 7 * n);
        for (int i = 0; i < VectorOpsBenchmark.OPS / VectorOpsBenchmark.CHAINS; i++) {
            x0 = x0.add(b);
            x1 = x1.add(b);
            x2 = x2.add(b);
            x3 = x3.add(b);
            x4 = x4.add(b);
            x5 = x5.add(b);
            x6 = x6.add(b);
            x7 = x7.add(b);
        }
        x0.add(x1).add(x2).add(x3).add(x4).add(x5).add(x6).add(x7).intoArray(s.sink, 0);
    }

    static void addLatency(VectorOpsBenchmark.Operands s) {
        DoubleVector b = DoubleVector.broadcast(VectorOpsBenchmark.D, s.b);
        DoubleVector x = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 0);
        for (int i = 0; i < VectorOpsBenchmark.OPS; i++) {
            x = x.add(b);
        }
        x.intoArray(s.sink, 0);
    }

    /** x = x / a. */
    static void divThroughput(VectorOpsBenchmark.Operands s) {
        DoubleVector a = DoubleVector.broadcast(VectorOpsBenchmark.D, s.a);
        int n = VectorOpsBenchmark.D.length();
        DoubleVector x0 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 0);
        DoubleVector x1 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, n);
        DoubleVector x2 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 2 * n);
        DoubleVector x3 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 3 * n);
        DoubleVector x4 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 4 * n);
        DoubleVector x5 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 5 * n);
        DoubleVector x6 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 6 * n);
        DoubleVector x7 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 7 * n);
        for (int i = 0; i < VectorOpsBenchmark.OPS / VectorOpsBenchmark.CHAINS; i++) {
            x0 = x0.div(a);
            x1 = x1.div(a);
            x2 = x2.div(a);
            x3 = x3.div(a);
            x4 = x4.div(a);
            x5 = x5.div(a);
            x6 = x6.div(a);
            x7 = x7.div(a);
        }
        x0.add(x1).add(x2).add(x3).add(x4).add(x5).add(x6).add(x7).intoArray(s.sink, 0);
    }

    static void divLatency(VectorOpsBenchmark.Operands s) {
        DoubleVector a = DoubleVector.broadcast(VectorOpsBenchmark.D, s.a);
        DoubleVector x = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 0);
        for (int i = 0; i < VectorOpsBenchmark.OPS; i++) {
            x = x.div(a);
        }
        x.intoArray(s.sink, 0);
    }

    /** x = sqrt(x): it tends to 1, never below. */
    static void sqrtThroughput(VectorOpsBenchmark.Operands s) {
        int n = VectorOpsBenchmark.D.length();
        DoubleVector x0 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 0);
        DoubleVector x1 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, n);
        DoubleVector x2 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 2 * n);
        DoubleVector x3 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 3 * n);
        DoubleVector x4 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 4 * n);
        DoubleVector x5 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 5 * n);
        DoubleVector x6 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 6 * n);
        DoubleVector x7 = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 7 * n);
        for (int i = 0; i < VectorOpsBenchmark.OPS / VectorOpsBenchmark.CHAINS; i++) {
            x0 = x0.sqrt();
            x1 = x1.sqrt();
            x2 = x2.sqrt();
            x3 = x3.sqrt();
            x4 = x4.sqrt();
            x5 = x5.sqrt();
            x6 = x6.sqrt();
            x7 = x7.sqrt();
        }
        x0.add(x1).add(x2).add(x3).add(x4).add(x5).add(x6).add(x7).intoArray(s.sink, 0);
    }

    static void sqrtLatency(VectorOpsBenchmark.Operands s) {
        DoubleVector x = DoubleVector.fromArray(VectorOpsBenchmark.D, s.seeds, 0);
        for (int i = 0; i < VectorOpsBenchmark.OPS; i++) {
            x = x.sqrt();
        }
        x.intoArray(s.sink, 0);
    }

    /** x = x a + b in float lanes. */
    static void floatFmaThroughput(VectorOpsBenchmark.Operands s) {
        FloatVector a = FloatVector.broadcast(VectorOpsBenchmark.F, s.af);
        FloatVector b = FloatVector.broadcast(VectorOpsBenchmark.F, s.bf);
        int n = VectorOpsBenchmark.F.length();
        FloatVector x0 = FloatVector.fromArray(VectorOpsBenchmark.F, s.floatSeeds, 0);
        FloatVector x1 = FloatVector.fromArray(VectorOpsBenchmark.F, s.floatSeeds, n);
        FloatVector x2 = FloatVector.fromArray(VectorOpsBenchmark.F, s.floatSeeds, 2 * n);
        FloatVector x3 = FloatVector.fromArray(VectorOpsBenchmark.F, s.floatSeeds, 3 * n);
        FloatVector x4 = FloatVector.fromArray(VectorOpsBenchmark.F, s.floatSeeds, 4 * n);
        FloatVector x5 = FloatVector.fromArray(VectorOpsBenchmark.F, s.floatSeeds, 5 * n);
        FloatVector x6 = FloatVector.fromArray(VectorOpsBenchmark.F, s.floatSeeds, 6 * n);
        FloatVector x7 = FloatVector.fromArray(VectorOpsBenchmark.F, s.floatSeeds, 7 * n);
        for (int i = 0; i < VectorOpsBenchmark.OPS / VectorOpsBenchmark.CHAINS; i++) {
            x0 = x0.fma(a, b);
            x1 = x1.fma(a, b);
            x2 = x2.fma(a, b);
            x3 = x3.fma(a, b);
            x4 = x4.fma(a, b);
            x5 = x5.fma(a, b);
            x6 = x6.fma(a, b);
            x7 = x7.fma(a, b);
        }
        x0.add(x1).add(x2).add(x3).add(x4).add(x5).add(x6).add(x7).intoArray(s.floatSink, 0);
    }

    static void floatFmaLatency(VectorOpsBenchmark.Operands s) {
        FloatVector a = FloatVector.broadcast(VectorOpsBenchmark.F, s.af);
        FloatVector b = FloatVector.broadcast(VectorOpsBenchmark.F, s.bf);
        FloatVector x = FloatVector.fromArray(VectorOpsBenchmark.F, s.floatSeeds, 0);
        for (int i = 0; i < VectorOpsBenchmark.OPS; i++) {
            x = x.fma(a, b);
        }
        x.intoArray(s.floatSink, 0);
    }
}
