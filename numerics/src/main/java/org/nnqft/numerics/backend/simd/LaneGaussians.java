package org.nnqft.numerics.backend.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.nnqft.numerics.random.CounterStream;

/**
 * The {@link CounterStream} and its Box-Muller transform evaluated for one lane per network: lane l
 * holds network {@code first + l}. The bits are the scalar stream's exactly; log, sin and cos are
 * fdlibm's polynomials (e_log.c, k_sin.c, k_cos.c) on exactly reduced arguments, so each variate
 * is within 1e-14 (absolute, or relative above 1) of {@link org.nnqft.numerics.random.BoxMuller}'s
 * (LaneGaussiansTest); most of that is the scalar's own rounding of 2 pi u before its cos.
 *
 * <p>{@link #pairs} is written out in full on purpose: no helpers taking or returning vectors, so
 * C2 keeps every vector in a register instead of boxing it when its inlining budget runs out
 * (boxing cost more than the arithmetic: 218 bytes per neuron-sample before this shape).
 */
public final class LaneGaussians {
    public static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    static final VectorSpecies<Long> L = D.withLanes(long.class);
    private static final double ULP = 0x1.0p-53;
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double LG1 = 6.666666666666735130e-01;
    private static final double LG2 = 3.999999999940941908e-01;
    private static final double LG3 = 2.857142874366239149e-01;
    private static final double LG4 = 2.222219843214978396e-01;
    private static final double LG5 = 1.818357216161805012e-01;
    private static final double LG6 = 1.531383769920937332e-01;
    private static final double LG7 = 1.479819860511658591e-01;
    private static final double S1 = -1.66666666666666324348e-01;
    private static final double S2 = 8.33333333332248946124e-03;
    private static final double S3 = -1.98412698298579493134e-04;
    private static final double S4 = 2.75573137070700676789e-06;
    private static final double S5 = -2.50507602534068634195e-08;
    private static final double S6 = 1.58969099521155010221e-10;
    private static final double C1 = 4.16666666666666019037e-02;
    private static final double C2 = -1.38888888888741095749e-03;
    private static final double C3 = 2.48015872894767294178e-05;
    private static final double C4 = -2.75573143513906633035e-07;
    private static final double C5 = 2.08757232129817482790e-09;
    private static final double C6 = -1.13596475577881948265e-11;
    private static final double PIO2_HI = 1.57079632679489655800e+00;
    private static final double PIO2_LO = 6.12323399573676603587e-17;
    private static final double ROUND = 0x1.8p52;
    private static final long MANTISSA = 0x000FFFFFFFFFFFFFL;
    private static final long ONE_BITS = 0x3FF0000000000000L;
    private static final long SQRT2_MANTISSA = 0x0006A09E667F3BCDL;

    private final long[] laneBase = new long[D.length()];
    private final int[] one = new int[1];
    private double[] uniforms = new double[0];
    private double[] radii = new double[0];
    private long gamma;

    /** Points the lanes at networks first .. first + lanes - 1 of a stream. */
    public void start(CounterStream stream, int first) {
        gamma = stream.gamma();
        // key + (network << 32 | index) * gamma = key + network * (gamma << 32) + index * gamma
        for (int l = 0; l < laneBase.length; l++) {
            laneBase[l] = stream.key() + (long) (first + l) * (gamma << 32);
        }
    }

    /**
     * The pair of variates at {@code evenIndex} and {@code evenIndex + 1} for every lane: r cos
     * into {@code out[off ..]}, r sin into {@code out[off + lanes ..]}.
     */
    public void pair(int evenIndex, double[] out, int off) {
        one[0] = evenIndex;
        pairs(one, 1, out, off);
    }

    /**
     * Pairs {@code evenIndex[0 .. count)} at once: pair i goes to {@code out[off + 2 i lanes ..]}
     * (r cos, then r sin), so variate c of a run of pairs sits at {@code c * lanes}.
     *
     * <p>Three passes over the pairs (uniforms, radius, angle) rather than one pass per pair: each
     * pair is a long chain of dependent operations (a division, a square root, two multiplies by
     * 64-bit constants), and independent iterations side by side let the core overlap them.
     */
    public void pairs(int[] evenIndex, int count, double[] out, int off) {
        int n = D.length();
        if (uniforms.length < 2 * n * count) {
            uniforms = new double[2 * n * count];
            radii = new double[n * count];
        }
        LongVector base = LongVector.fromArray(L, laneBase, 0);
        for (int i = 0; i < count; i++) {
            // the stream's mix64 at both counters
            LongVector z1 = base.add((long) evenIndex[i] * gamma);
            LongVector z2 = base.add((long) (evenIndex[i] + 1) * gamma);
            z1 = z1.lanewise(VectorOperators.XOR, z1.lanewise(VectorOperators.LSHR, 30)).mul(0xBF58476D1CE4E5B9L);
            z2 = z2.lanewise(VectorOperators.XOR, z2.lanewise(VectorOperators.LSHR, 30)).mul(0xBF58476D1CE4E5B9L);
            z1 = z1.lanewise(VectorOperators.XOR, z1.lanewise(VectorOperators.LSHR, 27)).mul(0x94D049BB133111EBL);
            z2 = z2.lanewise(VectorOperators.XOR, z2.lanewise(VectorOperators.LSHR, 27)).mul(0x94D049BB133111EBL);
            z1 = z1.lanewise(VectorOperators.XOR, z1.lanewise(VectorOperators.LSHR, 31));
            z2 = z2.lanewise(VectorOperators.XOR, z2.lanewise(VectorOperators.LSHR, 31));
            // u1 in (0, 1] and u2 in [0, 1) from the top 53 bits, as the scalar Uniform does
            ((DoubleVector) z1.lanewise(VectorOperators.LSHR, 11).add(1L).convert(VectorOperators.L2D, 0))
                    .mul(ULP).intoArray(uniforms, 2 * i * n);
            ((DoubleVector) z2.lanewise(VectorOperators.LSHR, 11).convert(VectorOperators.L2D, 0))
                    .mul(ULP).intoArray(uniforms, 2 * i * n + n);
        }
        for (int i = 0; i < count; i++) {
            // log(u1) = k ln2 + log(m), m in [sqrt(1/2), sqrt(2)): fdlibm e_log.c's kernel
            LongVector bits = DoubleVector.fromArray(D, uniforms, 2 * i * n).reinterpretAsLongs();
            LongVector mant = bits.and(MANTISSA);
            // -1 where the mantissa is above sqrt(2)'s: halve m and count one more power of two
            LongVector high = mant.neg().add(SQRT2_MANTISSA).lanewise(VectorOperators.ASHR, 63);
            LongVector k = bits.lanewise(VectorOperators.LSHR, 52).sub(1023L).sub(high);
            DoubleVector m = mant.or(ONE_BITS).add(high.lanewise(VectorOperators.LSHL, 52)).reinterpretAsDoubles();
            DoubleVector f = m.sub(1.0);
            DoubleVector s = f.div(f.add(2.0));
            DoubleVector ss = s.mul(s);
            DoubleVector r = ss.mul(LG7).add(LG6).mul(ss).add(LG5).mul(ss).add(LG4).mul(ss).add(LG3).mul(ss).add(LG2)
                    .mul(ss).add(LG1).mul(ss);
            DoubleVector hfsq = f.mul(f).mul(0.5);
            DoubleVector kd = (DoubleVector) k.convert(VectorOperators.L2D, 0);
            DoubleVector log = kd.mul(LN2_HI).add(f.sub(hfsq.sub(s.mul(hfsq.add(r)).add(kd.mul(LN2_LO)))));
            log.mul(-2.0).sqrt().intoArray(radii, i * n);
        }
        for (int i = 0; i < count; i++) {
            // 2 pi u2 = q pi/2 + a, q = rint(4 u2) read off the low bits, a = (4 u2 - q) pi/2 + tail
            DoubleVector t = DoubleVector.fromArray(D, uniforms, 2 * i * n + n).mul(4.0);
            DoubleVector big = t.add(ROUND);
            LongVector q = big.reinterpretAsLongs();
            DoubleVector rr = t.sub(big.sub(ROUND));
            DoubleVector a = rr.mul(PIO2_HI);
            // rr * PIO2_HI - a is exact with one fused multiply-add
            DoubleVector tail = rr.fma(DoubleVector.broadcast(D, PIO2_HI), a.neg()).add(rr.mul(PIO2_LO));
            // fdlibm k_sin.c and k_cos.c on [-pi/4, pi/4] with the tail
            DoubleVector z = a.mul(a);
            DoubleVector v = z.mul(a);
            DoubleVector rs = z.mul(S6).add(S5).mul(z).add(S4).mul(z).add(S3).mul(z).add(S2);
            DoubleVector sin = a.sub(z.mul(tail.mul(0.5).sub(v.mul(rs))).sub(tail).sub(v.mul(S1)));
            DoubleVector rc = z.mul(C6).add(C5).mul(z).add(C4).mul(z).add(C3).mul(z).add(C2).mul(z).add(C1).mul(z);
            DoubleVector hz = z.mul(0.5);
            DoubleVector w = hz.neg().add(1.0);
            DoubleVector cos = w.add(w.neg().add(1.0).sub(hz).add(z.mul(rc).sub(a.mul(tail))));
            // rotate by the quadrant: odd q swaps sin and cos; the signs follow q = 0..3
            LongVector odd = q.and(1L).neg();
            LongVector sinBits = sin.reinterpretAsLongs();
            LongVector cosBits = cos.reinterpretAsLongs();
            LongVector x = cosBits.and(odd.not()).or(sinBits.and(odd));
            LongVector y = sinBits.and(odd.not()).or(cosBits.and(odd));
            LongVector cosSign = q.add(1L).and(2L).lanewise(VectorOperators.LSHL, 62);
            LongVector sinSign = q.and(2L).lanewise(VectorOperators.LSHL, 62);
            DoubleVector radius = DoubleVector.fromArray(D, radii, i * n);
            radius.mul(x.lanewise(VectorOperators.XOR, cosSign).reinterpretAsDoubles()).intoArray(out, off + 2 * i * n);
            radius.mul(y.lanewise(VectorOperators.XOR, sinSign).reinterpretAsDoubles()).intoArray(out, off + 2 * i * n + n);
        }
    }

    /** {@link CounterStream#mix64} lane-wise. */
    static LongVector mix64(LongVector z) {
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 30)).mul(0xBF58476D1CE4E5B9L);
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 27)).mul(0x94D049BB133111EBL);
        return z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 31));
    }
}
