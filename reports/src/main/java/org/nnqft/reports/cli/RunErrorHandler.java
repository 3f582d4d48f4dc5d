package org.nnqft.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.nnqft.numerics.engine.NonFiniteException;
import org.nnqft.numerics.spec.SpecException;
import picocli.CommandLine;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Failures after parsing. Bad input found by the library (a SpecException) exits 2 like a syntax
 * error; a run that went non-finite or a file that could not be written exits 1. Anything else
 * is a bug and keeps its stack trace.
 */
final class RunErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) throws Exception {
        PrintWriter err = cli.getErr();
        int code;
        if (ex instanceof SpecException bad) {
            err.println(line(bad));
            code = ExitCode.USAGE;
        } else if (ex instanceof NonFiniteException nonFinite) {
            err.println(nonFinite.getMessage());
            code = ExitCode.SOFTWARE;
        } else if (ex instanceof IOException io) {
            err.println("nnqft: cannot write the result file: " + io);
            code = ExitCode.SOFTWARE;
        } else {
            throw ex;
        }
        err.flush();
        return code;
    }

    /** The library names parameters as "bags"; the user typed "--bags". */
    static String line(SpecException e) {
        String message = e.getMessage();
        return message.startsWith(e.parameter()) ? "--" + message : "--" + e.parameter() + ": " + message;
    }
}
