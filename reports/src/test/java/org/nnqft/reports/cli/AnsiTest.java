package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * No ANSI escape sequences without a terminal. picocli's AUTO rule would colour help whenever
 * System.console() is non-null, which since JDK 22 it is even when stdout is redirected; picocli.ansi=true
 * forces AUTO on here, so the off session must hold against it.
 */
@ResourceLock("picocli.ansi")
class AnsiTest {
    private static final String ESC = "\u001b[";

    @TempDir
    Path dir;

    @Test
    void helpAndErrorsCarryNoEscapesWithoutATerminal() {
        String previous = System.setProperty("picocli.ansi", "true");
        try {
            Cli help = Cli.run(dir, "green", "--help");
            Cli bad = Cli.run(dir, "green", "--widths", "0", "--out", "x.json");
            Cli usage = Cli.run(dir);
            assertThat(help.out()).contains("Usage: nnqft green").doesNotContain(ESC);
            assertThat(bad.code()).isEqualTo(2);
            assertThat(bad.err()).contains("--widths").doesNotContain(ESC);
            assertThat(usage.err()).contains("Usage: nnqft").doesNotContain(ESC);
            // the same help on a terminal session is coloured: the check above has power
            assertThat(onTerminal("green", "--help")).contains(ESC);
        } finally {
            if (previous == null) {
                System.clearProperty("picocli.ansi");
            } else {
                System.setProperty("picocli.ansi", previous);
            }
        }
    }

    private String onTerminal(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main.execute(new Session(new PrintWriter(out), new PrintWriter(err), dir, true), (a, json, log) -> {
            throw new AssertionError("no JMH here");
        }, args);
        return out.toString();
    }
}
