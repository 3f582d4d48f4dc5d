package org.nnqft.reports.gate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nnqft.reports.gate.Comparison.Pair;
import org.nnqft.reports.results.ComparisonFile.Rerun;
import org.nnqft.reports.results.ComparisonFile.Row;

/**
 * --confirm: these machines are shared, so one slow stretch can fake a regression. Each regressed
 * benchmark is measured once more, alone, with the current file's settings, and stays a regression
 * only if the re-run against the same baseline is one again (Holm over the re-runs). Its forks run
 * in rounds, one JMH run of one fork each, as bench runs them: back to back they would share the
 * host's slow or fast seconds. On the real smoke runs, confirmation takes the gate's false alarms
 * from 27 to 0 of 1000 comparisons of whole real runs (RealRunsTest), since two independent slow runs are needed.
 */
public final class Confirmation {
    private Confirmation() {
    }

    /** The rows with every regression replaced by its re-run's verdict. */
    public static List<Row> confirm(Comparison comparison, Jmh jmh, PrintWriter log, double minEffect, double alpha)
            throws IOException, InterruptedException {
        List<Integer> regressed = new ArrayList<>();
        List<Pair> reruns = new ArrayList<>();
        for (int i = 0; i < comparison.rows().size(); i++) {
            if (comparison.rows().get(i).verdict().equals(Verdict.REGRESSION.label())) {
                Pair p = comparison.pairs().get(i);
                log.println("nnqft: re-running " + p.current().key().display());
                log.flush();
                regressed.add(i);
                reruns.add(new Pair(p.baseline(), rerun(p.current(), jmh, log)));
            }
        }
        List<Row> rows = new ArrayList<>(comparison.rows());
        List<Row> again = Comparison.rows(reruns, minEffect, alpha);
        for (int k = 0; k < regressed.size(); k++) {
            Row r = again.get(k);
            rows.set(regressed.get(k), rows.get(regressed.get(k))
                    .withRerun(new Rerun(r.current(), r.currentError(), r.changePercent(), r.pValue(), r.verdict())));
        }
        return rows;
    }

    /** JMH options that run exactly this benchmark, with these parameters, mode and iterations, one fork. */
    public static List<String> args(JmhResult current) {
        List<String> a = new ArrayList<>();
        // include patterns are found anywhere in the name: anchor them, or block would match blockFloat
        a.add("^" + current.key().benchmark().replaceAll("([^A-Za-z0-9_])", "\\\\$1") + "$");
        for (Map.Entry<String, String> e : current.key().params().entrySet()) {
            a.addAll(List.of("-p", e.getKey() + "=" + e.getValue()));
        }
        a.addAll(List.of("-bm", current.key().mode()));
        List<String> settings = new ArrayList<>(current.settings().jmhArgs());
        settings.set(settings.indexOf("-f") + 1, "1");
        a.addAll(settings);
        a.addAll(List.of("-foe", "true"));
        return a;
    }

    /** The current file's fork count as that many rounds of one fork, merged as bench merges them. */
    private static JmhResult rerun(JmhResult current, Jmh jmh, PrintWriter log) throws IOException, InterruptedException {
        int rounds = Math.max(1, current.settings().forks());
        List<Path> files = new ArrayList<>();
        try {
            for (int r = 1; r <= rounds; r++) {
                Path json = Files.createTempFile("nnqft-rerun", ".json");
                files.add(json);
                int code = jmh.run(args(current), json, log);
                if (code != 0) {
                    throw new IOException("the re-run of " + current.key().display() + " failed in round " + r + " of "
                            + rounds + " (JMH exit code " + code + "); its regression stands unconfirmed");
                }
            }
            for (JmhResult r : JmhFiles.parse(files.getFirst(), JmhRounds.merge(files))) {
                if (r.key().equals(current.key())) {
                    if (!r.unit().equals(current.unit())) {
                        throw new IOException("the re-run of " + current.key().display() + " reported " + r.unit()
                                + ", not " + current.unit());
                    }
                    return r;
                }
            }
            throw new IOException("the re-run did not report " + current.key().display());
        } catch (BadJmhFile e) {
            throw new IOException("the re-run of " + current.key().display() + " wrote an unusable file: " + e.problem(), e);
        } finally {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }
}
