package org.nnqft.reports.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.nnqft.reports.gate.Jmh;

/** Runs the real command line with captured output, in a given working directory, no terminal. */
record Cli(int code, String out, String err) {

    static Cli run(Path workingDir, String... args) {
        return run(workingDir, (a, json, log) -> {
            throw new AssertionError("this test must not run JMH");
        }, args);
    }

    /** With a stand-in for the JMH child process. */
    static Cli run(Path workingDir, Jmh jmh, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new Session(new PrintWriter(out), new PrintWriter(err), workingDir, false), jmh, args);
        return new Cli(code, out.toString(), err.toString());
    }
}
