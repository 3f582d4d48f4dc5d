package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command's help formats: a bare '%' in a description makes picocli print "Could not format"
 * to System.err and show the raw text ('%n' unexpanded), which `compare --help` did.
 */
class HelpFormatTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"green", "run", "verify", "couplings", "report", "bench", "compare", "history", "history record",
        "rng", "rng raw"})
    void helpFormatsWithoutPicocliWarnings(String command) {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        Cli r;
        try {
            String[] words = (command + " --help").split(" ");
            r = Cli.run(dir, words);
        } finally {
            System.setErr(saved);
        }
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Usage: nnqft " + command).doesNotContain("%n");
        assertThat(captured.toString(StandardCharsets.UTF_8)).as(command).doesNotContain("Could not format");
    }
}
