package org.nnqft.reports.results;

import java.util.Arrays;
import java.util.List;
import org.nnqft.numerics.analysis.MultisetCoupling;

/**
 * u_4 on one multiset of four inputs. Points are the input vectors themselves, so a file stands
 * on its own. u4, stderr and exact are null where I_4 = 0 (u_4 undefined); exact also where no
 * finite-width theory is known.
 */
public record CouplingMultisetEntry(
        List<List<Double>> points,
        double i4,
        double deltaG4,
        Double u4,
        Double stderr,
        Double exact) {

    static CouplingMultisetEntry of(MultisetCoupling m, double[][] inputs) {
        List<List<Double>> points = Arrays.stream(m.points()).mapToObj(i -> Vectors.of(inputs[i])).toList();
        return new CouplingMultisetEntry(points, m.i4(), m.deltaG4(), m.u4(), m.stderr(), m.exact());
    }
}
