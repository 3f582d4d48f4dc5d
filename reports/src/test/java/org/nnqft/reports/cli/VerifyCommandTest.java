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
    void aCalibrationOutsideItsRangeNamesTheOptionBeforeAnyRun() throws Exception {
        for (String r : new String[] {"0", "1001", "-3"}) {
            Cli c = Cli.run(dir, "verify", "--calibrate", r, "--out", "c.json");
            assertThat(c.code()).as(r).isEqualTo(2);
            assertThat(c.err()).as(r).contains("--calibrate").contains("1 to 1000").contains(r);
            assertThat(c.out()).as(r).doesNotContain("|");
        }
        Cli paper = Cli.run(dir, "verify", "--calibrate", "5", "--tier", "paper");
        assertThat(paper.code()).isEqualTo(2);
        assertThat(paper.err()).contains("--tier");
        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void anUnknownClaimNamesTheOptionAndEveryClaimBeforeAnyRun() throws Exception {
        Cli r = Cli.run(dir, "verify", "--claims", "m4-one-over-n,m5-vanishes", "--calibrate", "3", "--out", "c.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--claims").contains("m5-vanishes").contains("m2-vanishes").contains("figure2-conditional");
        assertThat(r.out()).doesNotContain("|");
        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void aCalibrationOfOneClaimRunsThatClaimOnly() throws Exception {
        // figure2-plain: INCONCLUSIVE with one exact member p-value a seed (Figure 1's are bounds now, whose
        // one-sided check is defined for one value)
        Cli r = Cli.run(dir, "verify", "--claims", "figure2-plain", "--calibrate", "1", "--out", "c.json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("| figure2-plain | 1 |").doesNotContain("| m2-vanishes |")
                .doesNotContain("| m4-one-over-n |");
        // one member: its KS p is null with the reason, not the string "NaN"
        assertThat(Files.readString(dir.resolve("c.json"))).contains("\"alarms\"").doesNotContain("m2-vanishes")
                .doesNotContain("NaN").containsPattern("\"ksP\"\\s*:\\s*null").contains("one member p-value");
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
        assertThat(r.out()).contains("--tier").contains("--out").contains("--calibrate").contains("Exit code 1");
    }

    @Test
    void helpShowsItsPercentSignsOnce() {
        // the picocli warning itself is HelpFormatTest's, for every command
        assertThat(Cli.run(dir, "verify", "--help").out()).contains("99.9%").doesNotContain("99.9%%");
    }

    @Test
    void theFileReadsBackAndNoOtherReaderTakesIt() throws Exception {
        var row = new org.nnqft.reports.results.VerificationFile.ClaimRow("m2-vanishes", "m_2 ~ 0", "z", "band",
                "worst |z| 1.2", "PASS", "evidence");
        var file = new org.nnqft.reports.results.VerificationFile(org.nnqft.reports.results.ResultFile.SCHEMA,
                org.nnqft.reports.results.VerificationFile.KIND, "fast", 1, null, 12.5, java.util.List.of(row));
        Path p = dir.resolve("v.json");
        org.nnqft.reports.results.ResultFiles.write(p, file);
        assertThat(org.nnqft.reports.results.ResultFiles.readVerification(p)).isEqualTo(file);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.nnqft.reports.results.ResultFiles.read(p))
                .isInstanceOf(java.io.IOException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.nnqft.reports.results.ResultFiles.readCouplings(p))
                .isInstanceOf(java.io.IOException.class);
    }
}
