package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verify command's input checks. The claims themselves run in the verification module's
 * harness (FastTierTest), which is what CI relies on; running the tier again here would only
 * double the build time.
 */
class VerifyCommandTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownTierNamesTheOptionAndItsValues() throws Exception {
        Cli r = Cli.run(dir, "verify", "--tier", "slow", "--out", "v.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--tier").contains("fast or paper").contains("slow");
        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void anUnknownBackendIsRejectedBeforeAnyRun() throws Exception {
        Cli r = Cli.run(dir, "verify", "--backend", "gpu", "--out", "v.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--backend").contains("gpu");
        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void aDirectoryAsOutputIsRejected() throws Exception {
        Files.createDirectory(dir.resolve("sub"));
        Cli r = Cli.run(dir, "verify", "--out", "sub");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--out");
    }

    @Test
    void helpDescribesTheRowsAndTheExitCode() {
        Cli r = Cli.run(dir, "verify", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--tier").contains("--out").contains("Exit code 1");
    }
}
