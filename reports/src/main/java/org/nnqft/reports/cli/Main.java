package org.nnqft.reports.cli;

import java.util.concurrent.Callable;
import org.nnqft.reports.gate.ChildJmh;
import org.nnqft.reports.gate.Jmh;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The nnqft command line. Exit codes: 0 success, 1 the run failed, 2 bad input. */
@Command(name = "nnqft", synopsisSubcommandLabel = "COMMAND", usageHelpAutoWidth = true,
        description = "Neural-network / quantum-field-theory numerics: ensembles of random networks "
                + "and their n-point functions.")
public final class Main implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String... args) {
        return execute(Session.standard(), args);
    }

    static int execute(Session session, String... args) {
        return execute(session, new ChildJmh(), args);
    }

    /** With a stand-in for the JMH child process, so that tests need no minutes of benchmarking. */
    static int execute(Session session, Jmh jmh, String... args) {
        int code = commandLine(session, jmh).execute(args);
        session.out().flush();
        session.err().flush();
        return code;
    }

    static CommandLine commandLine(Session session, Jmh jmh) {
        CommandLine cli = new CommandLine(new Main())
                .addSubcommand(new GreenCommand(session))
                .addSubcommand(new RunCommand(session))
                .addSubcommand(new VerifyCommand(session))
                .addSubcommand(new CouplingsCommand(session))
                .addSubcommand(new ReportCommand(session))
                .addSubcommand(new BenchCommand(session, jmh))
                .addSubcommand(new CompareCommand(session, jmh))
                .addSubcommand(new CommandLine(new HistoryCommand(session))
                        .addSubcommand(new HistoryRecordCommand(session)))
                .addSubcommand(new CommandLine(new RngCommand()).addSubcommand(new RngRawCommand(session)));
        // after the subcommands, so that they inherit the streams and handlers
        cli.setOut(session.out());
        cli.setErr(session.err());
        // picocli's AUTO takes a non-null System.console() for a terminal, which since JDK 22 it is even
        // when redirected: colours only where the session knows a person is watching
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(
                session.terminal() ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
        cli.setParameterExceptionHandler(new ParseErrorHandler());
        cli.setExecutionExceptionHandler(new RunErrorHandler());
        // the last of a repeated option wins, so scripts can append overrides to a common line
        cli.setOverwrittenOptionsAllowed(true);
        return cli;
    }

    /** No command given: say what the commands are, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
