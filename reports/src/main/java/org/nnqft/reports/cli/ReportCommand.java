package org.nnqft.reports.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nnqft.numerics.spec.SpecException;
import org.nnqft.reports.report.Report;
import org.nnqft.reports.report.ReportInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

/** Charts and tables of result files, as one self-contained HTML page and a Markdown summary. */
@Command(name = "report", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Write index.html (charts inline as SVG, no network or JavaScript needed) and summary.md "
                + "from result files: green/run results and sweeps (ELS Figure 1), couplings (ELS Figure 2), "
                + "verify, JMH JSON (backend comparison), bench environments, compare files, and benchmark histories "
                + "(SQLite, as bench --record writes): each benchmark's series with its change points marked.",
            "Reads only the files given; files of other kinds are listed as skipped."})
final class ReportCommand implements Callable<Integer> {
    static final Path DEFAULT_IN = Path.of("results");

    @Option(names = "--in", paramLabel = "DIR-or-FILE", arity = "1..*",
            description = "Result files or histories, or directories meaning every *.json and *.sqlite in them; "
                    + "repeatable. Default: results.")
    List<Path> in = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports/out",
            description = "Directory to write index.html and summary.md into (atomically). Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--figures", paramLabel = "DIR", description = "Also write every chart as a standalone SVG and "
            + "PDF into this directory (atomically), named after what it shows, e.g. figure1-run.svg.")
    Path figures;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final Session session;

    ReportCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        List<Path> inputs = new ArrayList<>();
        for (Path p : in.isEmpty() ? List.of(DEFAULT_IN) : in) {
            Path resolved = session.workingDir().resolve(p);
            if (!Files.exists(resolved)) {
                throw new SpecException("in", Allowed.IN, p + ": no such file or directory");
            }
            inputs.add(resolved);
        }
        Path target = OutputPath.checkDirectory(session.workingDir(), out);
        Path figuresTarget = figures == null ? null : OutputPath.checkDirectory(session.workingDir(), figures, "figures");
        ReportInputs read;
        try {
            read = Report.write(inputs, target, figuresTarget);
        } catch (IOException e) {
            // the input files were only read; what failed is writing the report
            session.err().println("nnqft: cannot write the report into " + target + ": " + e);
            return ExitCode.SOFTWARE;
        }
        read.skipped().forEach(s -> session.err().println("nnqft: skipped " + s.file() + ": " + s.reason()));
        session.out().printf("report  %s%n", out.resolve(Report.HTML));
        if (figures != null) {
            session.out().printf("figures %s%n", figures);
        }
        session.out().flush();
        return ExitCode.OK;
    }
}
