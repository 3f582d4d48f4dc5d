package org.nnqft.reports.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nnqft.numerics.backend.Backends;
import org.nnqft.numerics.engine.Progress;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.SpecBuilder;
import org.nnqft.numerics.spec.SpecException;
import org.nnqft.reports.results.CalibrationFile;
import org.nnqft.reports.results.Environment;
import org.nnqft.reports.results.ResultFile;
import org.nnqft.reports.results.ResultFiles;
import org.nnqft.reports.results.VerificationFile;
import org.nnqft.reports.results.VerificationFile.ClaimRow;
import org.nnqft.verification.Calibration;
import org.nnqft.verification.ClaimResult;
import org.nnqft.verification.Lab;
import org.nnqft.verification.bands.Bands;
import org.nnqft.verification.claims.Claim;
import org.nnqft.verification.claims.Claims;
import org.nnqft.verification.tiers.Tier;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

/** Checks every claim of the papers against fresh runs; exit 1 if any claim fails. */
@Command(name = "verify", sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Check the papers' claims (m_2 ~ 0, odd functions vanish, exact m_4 and m_6, m_4 = O(1/N), ...) "
                    + "against fresh runs, each with its stated band and family-wise false-alarm rate.",
            "Prints one row per claim: verdict | claim | statistic | expected or band | measured | evidence. "
                    + "Exit code 1 if any claim fails; inconclusive (noise-dominated) is not a failure."})
final class VerifyCommand implements Callable<Integer> {
    /** About 20 s a seed on two cores: 1000 seeds is most of a working day, the most anyone should ask for. */
    static final int MAX_SEEDS = 1000;

    @Option(names = "--tier", paramLabel = "TIER", defaultValue = "fast",
            description = "fast (reduced samples, every CI run) or paper (the published parameters). Default: ${DEFAULT-VALUE}.")
    String tier;

    @Option(names = "--backend", paramLabel = "NAME", defaultValue = "simd",
            description = "Compute backend. Default: ${DEFAULT-VALUE}.")
    String backend;

    @Option(names = "--out", paramLabel = "FILE.json", description = "Also write the verdicts (or the calibration) to this JSON file (atomically).")
    Path out;

    @Option(names = "--calibrate", paramLabel = "R",
            description = "Instead of one verification, run the fast tier's claims on R independent seeds at reduced size "
                    + "(1 to " + MAX_SEEDS + ") and print per claim its FAIL count, the KS p-value of its members' pooled "
                    + "p-values against uniform, and its members rejected at 0.01 against their binomial 99.9%% interval.")
    Integer calibrate;

    @Option(names = "--claims", paramLabel = "NAME", split = ",",
            description = "Only these claims (comma-separated; default every claim): for a calibration of one claim over many "
                    + "seeds, or to rerun one verdict.")
    List<String> claims;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final Session session;

    VerifyCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        Tier t = switch (tier.toLowerCase(Locale.ROOT)) {
            case "fast" -> Tier.FAST;
            case "paper" -> Tier.PAPER;
            default -> throw new SpecException("tier", "fast or paper", tier);
        };
        if (calibrate != null && (calibrate < 1 || calibrate > MAX_SEEDS)) {
            throw new SpecException("calibrate", "an integer from 1 to " + MAX_SEEDS, calibrate);
        }
        if (calibrate != null && t != Tier.FAST) {
            throw new SpecException("tier", "fast with --calibrate (calibration runs the fast tier's claims at reduced size)", tier);
        }
        List<Claim> chosen = chosen();
        Backends.Selection selection = Backends.select(backend, Precision.DOUBLE);
        Path target = out == null ? null : OutputPath.prepare(session.workingDir(), out);
        selection.notice().ifPresent(n -> session.err().println("nnqft: " + n));
        if (calibrate != null) {
            return calibrate(chosen, selection, target);
        }
        Progress progress = session.terminal() ? new ProgressBar(session.err()) : Progress.NONE;
        Bands bands = Bands.standard();
        Lab lab = new Lab(t, selection.backend(), org.nnqft.numerics.analysis.Analysis::of, progress, bands);

        long start = System.nanoTime();
        List<ClaimRow> rows = new ArrayList<>();
        session.out().println("verdict | claim | statistic | expected or band | measured | evidence");
        for (Claim claim : chosen) {
            ClaimResult r = claim.check(lab);
            rows.add(ClaimRow.of(claim.name(), r));
            session.out().printf("%s | %s: %s | %s | %s | %s | %s%n", r.verdict(), claim.name(), r.claim(), r.statistic(),
                    r.expected(), r.measured(), r.evidence());
            session.out().flush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        VerificationFile file = new VerificationFile(ResultFile.SCHEMA, VerificationFile.KIND, t.name().toLowerCase(Locale.ROOT), bands.version(),
                Environment.capture(new SpecBuilder().backend(selection.backend().name()).build()), seconds, rows);
        session.out().printf("%d claims: %d failed, tier %s, %.1f s, family-wise false-alarm rate %.0e per claim%n",
                rows.size(), file.failures(), file.tier(), seconds, bands.alpha());
        if (target != null) {
            ResultFiles.write(target, file);
            session.out().print(ConsoleReport.resultPath(out.toString()));
        }
        session.out().flush();
        return file.failed() ? ExitCode.SOFTWARE : ExitCode.OK;
    }

    /** The claims --claims names, in the harness's order; every claim without it. */
    private List<Claim> chosen() {
        List<Claim> all = Claims.all();
        if (claims == null) {
            return all;
        }
        List<String> names = all.stream().map(Claim::name).toList();
        for (String c : claims) {
            if (!names.contains(c)) {
                throw new SpecException("claims", "one or more of " + String.join(", ", names), c);
            }
        }
        return all.stream().filter(c -> claims.contains(c.name())).toList();
    }

    /** Exit 0 whatever the table says: calibration measures rates, the reader judges them. */
    private int calibrate(List<Claim> chosen, Backends.Selection selection, Path target) throws Exception {
        Bands bands = Bands.standard();
        long start = System.nanoTime();
        // one lab's exact theories serve every seed
        Lab first = new Lab(Tier.calibration(0), selection.backend(), org.nnqft.numerics.analysis.Analysis::of, Progress.NONE,
                bands);
        List<Calibration.Row> rows = Calibration.run(chosen, calibrate, Tier::calibration, first::withPlan,
                done -> {
                    if (session.terminal()) {
                        session.err().printf("\rcalibration: seed %d of %d", done, calibrate);
                        session.err().flush();
                    }
                });
        if (session.terminal()) {
            session.err().println();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        session.out().printf("Calibration: %d seeds of the fast tier's claims at reduced size (%s), bands version %d,"
                + " family-wise rate %.0e per claim%n%n", calibrate, Tier.CALIBRATION_SIZE, bands.version(), bands.alpha());
        session.out().println(Calibration.markdownHeader());
        rows.forEach(r -> session.out().println(r.markdown()));
        rows.forEach(r -> r.alarms().forEach(a -> session.out().println(a.line(r.claim()))));
        session.out().printf("%nwall time %.0f s (%.1f s a seed), backend %s%n", seconds, seconds / calibrate,
                selection.backend().name());
        if (target != null) {
            ResultFiles.write(target, new CalibrationFile(ResultFile.SCHEMA, CalibrationFile.KIND, calibrate,
                    Tier.CALIBRATION_SIZE, bands.version(), Environment.capture(new SpecBuilder().backend(
                            selection.backend().name()).build()), seconds, rows));
            session.out().print(ConsoleReport.resultPath(out.toString()));
        }
        session.out().flush();
        return ExitCode.OK;
    }
}
