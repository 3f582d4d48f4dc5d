package org.nnqft.reports.cli;

import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What a command talks to: its output streams, the directory that relative paths start from,
 * and whether a person is watching. Passed in rather than read from globals so that tests run
 * the real commands with captured output in a temporary directory.
 *
 * @param terminal whether to draw progress; false keeps CI logs free of carriage-return noise
 */
record Session(PrintWriter out, PrintWriter err, Path workingDir, boolean terminal) {

    static Session standard() {
        Console console = System.console();
        return new Session(
                new PrintWriter(new OutputStreamWriter(System.out, System.out.charset()), true),
                new PrintWriter(new OutputStreamWriter(System.err, System.err.charset()), true),
                Path.of("").toAbsolutePath(),
                // since JDK 22 System.console() is non-null even when redirected; isTerminal() tells
                console != null && console.isTerminal());
    }
}
