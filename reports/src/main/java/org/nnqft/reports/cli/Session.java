package org.nnqft.reports.cli;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What a command talks to: its output streams, the directory that relative paths start from,
 * and whether a person is watching. Passed in rather than read from globals so that tests run
 * the real commands with captured output in a temporary directory.
 *
 * @param terminal whether to draw progress; false keeps CI logs free of carriage-return noise
 * @param raw      stdout as bytes, for binary output (rng raw); unlike System.out it reports a
 *                 closed pipe as an IOException
 */
record Session(PrintWriter out, PrintWriter err, Path workingDir, boolean terminal, OutputStream raw) {

    /** Without binary output: raw bytes are dropped. */
    Session(PrintWriter out, PrintWriter err, Path workingDir, boolean terminal) {
        this(out, err, workingDir, terminal, OutputStream.nullOutputStream());
    }

    static Session standard() {
        Console console = System.console();
        return new Session(
                new PrintWriter(new OutputStreamWriter(System.out, System.out.charset()), true),
                new PrintWriter(new OutputStreamWriter(System.err, System.err.charset()), true),
                Path.of("").toAbsolutePath(),
                // since JDK 22 System.console() is non-null even when redirected; isTerminal() tells
                console != null && console.isTerminal(),
                new FileOutputStream(FileDescriptor.out));
    }
}
