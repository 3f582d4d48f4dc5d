package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnqft.reports.results.CouplingEntry;
import org.nnqft.reports.results.CouplingMultisetEntry;
import org.nnqft.reports.results.CouplingsFile;
import org.nnqft.reports.results.CouplingsRun;
import org.nnqft.reports.results.ResultFiles;

class CouplingsCommandTest {
    @TempDir
    Path dir;

    @Test
    void aSweepWritesOneFileWithEveryWidthAndSigmaW() throws IOException {
        Cli r = Cli.run(dir, "couplings", "--sigma-w", "1,2", "--widths", "3,8", "--bags", "3", "--nets", "200",
                "--estimator", "conditional", "--threads", "2", "--out", "c.json");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("sigma_W 1 2").contains("I_4       closed form over R^1")
                .contains("mean u_4").contains("S/B").contains("result  c.json");
        List<String> rows = r.out().lines().filter(l -> l.matches("\\s+\\d+\\s+[\\d.]+\\s+-?\\d.*")).toList();
        assertThat(rows).extracting(l -> l.strip().split("\\s+")[0] + "/" + l.strip().split("\\s+")[1])
                .containsExactly("3/1", "3/2", "8/1", "8/2");

        CouplingsFile file = ResultFiles.readCouplings(dir.resolve("c.json"));
        assertThat(file.schema()).isEqualTo(1);
        assertThat(file.kind()).isEqualTo("couplings");
        assertThat(file.runs()).extracting(run -> run.spec().sigmaW()).containsExactly(1.0, 2.0);
        for (CouplingsRun run : file.runs()) {
            assertThat(run.spec().orders()).containsExactly(4);
            assertThat(run.spec().estimator()).isEqualTo("conditional");
            assertThat(run.integral().cutoff()).isNull();
            assertThat(run.integral().region()).isEqualTo("R^1");
            assertThat(run.environment().threads()).isEqualTo(2);
            assertThat(run.timing().networks()).isEqualTo(2L * 3 * 200);
            assertThat(run.results()).extracting(CouplingEntry::width).containsExactly(3, 8);
            for (CouplingEntry e : run.results()) {
                assertThat(e.sigmaW()).isEqualTo(run.spec().sigmaW());
                assertThat(e.averaged()).isEqualTo(126);
                assertThat(e.exact()).isNegative();
                assertThat(e.multisets()).hasSize(126).allSatisfy(m -> {
                    assertThat(m.points()).hasSize(4);
                    assertThat(m.i4()).isPositive();
                    assertThat(m.u4()).isEqualTo(-m.deltaG4() / m.i4());
                    assertThat(m.exact()).isNegative();
                });
            }
        }
    }

    @Test
    void reluRecordsItsCutoff() throws IOException {
        Cli r = Cli.run(dir, "couplings", "--arch", "relu", "--sigma-b", "0", "--cutoff", "10", "--widths", "4",
                "--bags", "2", "--nets", "100", "--out", "relu.json");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("over box [-10, 10]^1");
        CouplingsRun run = ResultFiles.readCouplings(dir.resolve("relu.json")).runs().getFirst();
        assertThat(run.integral().cutoff()).isEqualTo(10.0);
        assertThat(run.integral().region()).isEqualTo("box [-10, 10]^1");
        assertThat(run.integral().method()).startsWith("Gauss-Legendre");
        CouplingMultisetEntry first = run.results().getFirst().multisets().getFirst();
        // all four points 0.2 at sigma_b = 0: I_4 = (sigma_W^2 x0 / 2)^4 L^5 / 5 with s = sigma_W^2 = 1
        assertThat(first.points()).containsOnly(List.of(0.2));
        assertThat(first.i4()).isCloseTo(Math.pow(0.1, 4) * 1e5 / 5, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void erfTakesTheAuthorsCutoffByDefault() throws IOException {
        Cli r = Cli.run(dir, "couplings", "--arch", "erf", "--widths", "4", "--bags", "2", "--nets", "50",
                "--out", "erf.json");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(ResultFiles.readCouplings(dir.resolve("erf.json")).runs().getFirst().integral().cutoff())
                .isEqualTo(1e5);
    }

    @Test
    void figureTwoPresetSweepsItsSigmaWIntoTheDefaultFile() throws IOException {
        Cli r = Cli.run(dir, "couplings", "--preset", "els-fig2", "--widths", "5", "--bags", "2", "--nets", "20");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("nnqft: preset els-fig2")
                .contains("result  results" + File.separator + "els-fig2-couplings.json");
        CouplingsFile file = ResultFiles.readCouplings(dir.resolve("results/els-fig2-couplings.json"));
        assertThat(file.preset()).isEqualTo("els-fig2");
        assertThat(file.runs()).hasSize(20);
        assertThat(file.runs()).extracting(run -> run.spec().sigmaW()).startsWith(1.0, 1.5).endsWith(10.0, 20.0);
        assertThat(file.runs()).allSatisfy(run -> {
            assertThat(run.spec().sigmaB()).isZero();
            assertThat(run.spec().orders()).as("the preset's 2 is not run").containsExactly(4);
        });
    }

    @Test
    void withoutAPresetTheDefaultFileIsCouplingsJson() throws IOException {
        Cli r = Cli.run(dir, "couplings", "--widths", "3", "--bags", "2", "--nets", "20", "--orders", "2");

        assertThat(r.code()).as(r.err()).isZero();
        CouplingsFile file = ResultFiles.readCouplings(dir.resolve("results/couplings.json"));
        assertThat(file.preset()).isNull();
        assertThat(file.runs().getFirst().spec().orders()).as("order 4 added to those given").containsExactly(2, 4);
    }

    @Test
    void underflowingIntegralExitsOneWithoutAFile() throws IOException {
        Cli r = Cli.run(dir, "couplings", "--sigma-w", "300", "--inputs", "0;1", "--widths", "2", "--bags", "2",
                "--nets", "20", "--out", "r.json");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("I_4").contains("sigma-w=300.0");
        assertThat(r.out()).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void helpListsTheCutoff() {
        Cli r = Cli.run(dir, "couplings", "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--cutoff", "--sigma-w", "--preset", "--estimator", "--out", "els-fig2");
    }
}
