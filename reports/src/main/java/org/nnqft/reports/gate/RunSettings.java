package org.nnqft.reports.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * How JMH ran one benchmark, as its JSON records it, so that a re-run measures the same way.
 * Times are JMH's own strings ("1 s"), which its -w and -r options read back.
 *
 * @param warmupBatchSize      null unless recorded (single-shot mode uses it)
 * @param measurementBatchSize null unless recorded
 */
public record RunSettings(int forks, int threads, int warmupIterations, String warmupTime, Integer warmupBatchSize,
        int measurementIterations, String measurementTime, Integer measurementBatchSize) {

    /** JMH options that repeat these settings. */
    public List<String> jmhArgs() {
        List<String> a = new ArrayList<>(List.of("-f", Integer.toString(forks), "-t", Integer.toString(threads),
                "-wi", Integer.toString(warmupIterations), "-i", Integer.toString(measurementIterations)));
        if (warmupTime != null) {
            a.addAll(List.of("-w", warmupTime.replace(" ", "")));
        }
        if (measurementTime != null) {
            a.addAll(List.of("-r", measurementTime.replace(" ", "")));
        }
        if (warmupBatchSize != null) {
            a.addAll(List.of("-wbs", warmupBatchSize.toString()));
        }
        if (measurementBatchSize != null) {
            a.addAll(List.of("-bs", measurementBatchSize.toString()));
        }
        return a;
    }
}
