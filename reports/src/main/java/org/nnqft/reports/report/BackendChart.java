package org.nnqft.reports.report;

import java.util.ArrayList;
import java.util.List;
import org.nnqft.reports.figure.Axis;
import org.nnqft.reports.figure.Figure;
import org.nnqft.reports.figure.Layer;
import org.nnqft.reports.figure.Panel;
import org.nnqft.reports.gate.JmhResult;

/**
 * Backend comparison: ns per neuron-sample against the width N, one series per implementation
 * (scalar, simd-double, simd-float, nd4j ... as the file has them), log-log since both the widths
 * and the backends' speeds span decades.
 */
final class BackendChart {
    private BackendChart() {
    }

    /** @param results one panel's results, sorted by impl then width */
    static Figure of(String name, String title, String source, List<JmhResult> results) {
        List<String> impls = results.stream().map(ForwardPassTimes::impl).distinct().toList();
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < impls.size(); i++) {
            String impl = impls.get(i);
            List<JmhResult> of = results.stream().filter(r -> ForwardPassTimes.impl(r).equals(impl)).toList();
            double[] x = of.stream().mapToDouble(ForwardPassTimes::width).toArray();
            double[] y = of.stream().mapToDouble(ForwardPassTimes::nanosPerOp).toArray();
            layers.add(Layer.line("", Layer.Style.LINE, i, x, y));
            layers.add(Layer.points(impl, i, x, y));
        }
        Panel p = new Panel("", Axis.log("width N (hidden units)"), Axis.log("time per neuron-sample (ns, lower is faster)"),
                layers);
        String caption = "JMH average time of one forward pass divided by networks x width x inputs, against the width "
                + "N, one line per implementation; no error bars (each JMH 99.9% interval is in the table below). "
                + "Source: " + source + ".";
        return Figure.single(name, title, caption, p, 720, 400);
    }
}
