package org.nnqft.reports.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the real command line with captured output, in a given working directory, no terminal. */
record Cli(int code, String out, String err) {

    static Cli run(Path workingDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new Session(new PrintWriter(out), new PrintWriter(err), workingDir, false), args);
        return new Cli(code, out.toString(), err.toString());
    }
}
