package org.nnqft.reports.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a log axis puts its ticks and how it labels them: decades (every first, second or fifth,
 * so that at most {@link #MOST} are candidates) when the range spans two decades or more, else
 * 1-2-5 steps, else every digit. Labels are plain: decimals when every tick lies within 0.01 to
 * 1000, else 10 with a superscript exponent (10⁻⁵) throughout the axis, never E notation.
 */
final class LogTicks {
    static final int MOST = 8;
    private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private LogTicks() {
    }

    /** The tick values within [lo, hi], lo > 0, ascending. */
    static List<Double> values(double lo, double hi) {
        int first = (int) Math.floor(Math.log10(lo));
        int last = (int) Math.ceil(Math.log10(hi));
        List<Double> out = new ArrayList<>();
        if (Math.log10(hi / lo) >= 2) {
            int step = 1;
            while ((last - first) / step + 1 > MOST) {
                step = step == 1 ? 2 : step == 2 ? 5 : step * 2;
            }
            for (int k = Math.floorDiv(first, step) * step; k <= last; k += step) {
                add(out, decade(k), lo, hi);
            }
            return out;
        }
        for (int[] mantissas : new int[][] {{1, 2, 5}, {1, 2, 3, 4, 5, 6, 7, 8, 9}}) {
            out.clear();
            for (int k = first; k <= last; k++) {
                for (int m : mantissas) {
                    add(out, m * decade(k), lo, hi);
                }
            }
            if (out.size() >= 3) {
                break;
            }
        }
        return out;
    }

    private static void add(List<Double> out, double v, double lo, double hi) {
        // a tick a rounding error outside the range still belongs to it
        if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) {
            out.add(v);
        }
    }

    private static double decade(int k) {
        return Double.parseDouble("1e" + k);
    }

    /** Whether an axis with these ticks writes them as powers of ten: when one lies beyond 0.01 to 1000. */
    static boolean powers(List<Double> ticks) {
        return ticks.stream().anyMatch(v -> exponent(v) < -2 || exponent(v) > 3);
    }

    private static int exponent(double v) {
        return (int) Math.floor(Math.log10(v) + 1e-9);
    }

    /** The label of a tick value: 0.02 and 300 plain, or with {@code powers} 10⁻⁵, 2×10⁶. */
    static String label(double v, boolean powers) {
        int k = exponent(v);
        double mantissa = v / decade(k);
        long m = Math.round(mantissa);
        if (!powers) {
            // 7 x 0.1 is 0.7000000000000001 in binary: a tick at a whole mantissa is written as one
            BigDecimal exact = Math.abs(mantissa - m) < 1e-9 ? BigDecimal.valueOf(m).scaleByPowerOfTen(k)
                    : new BigDecimal(Double.toString(v));
            return exact.stripTrailingZeros().toPlainString();
        }
        String power = "10" + superscript(k);
        return Math.abs(mantissa - 1) < 1e-9 ? power : m + "×" + power;
    }

    static String superscript(int k) {
        StringBuilder b = new StringBuilder(k < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(k)).toCharArray()) {
            b.append(SUPERSCRIPT.charAt(c - '0'));
        }
        return b.toString();
    }
}
