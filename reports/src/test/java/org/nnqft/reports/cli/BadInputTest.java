package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every option, given a bad value: exit 2, one line on stderr naming the option, nothing written.
 * The other options are small and valid, so a missed check would show up as a run and a file.
 */
class BadInputTest {
    @TempDir
    Path dir;

    /** A valid small run; each case replaces some of these. */
    private static Map<String, String> base() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("--widths", "2,3");
        m.put("--bags", "2");
        m.put("--nets", "50");
        m.put("--threads", "1");
        m.put("--out", "r.json");
        return m;
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                bad("--preset", "--preset", "nope"),
                bad("--arch", "--arch", "tanh"),
                bad("--d-in", "--d-in", "0"),
                bad("--d-in", "--d-in", "1025"),
                bad("--d-in", "--d-in", "two"),
                bad("--sigma-w", "--sigma-w", "0"),
                bad("--sigma-w", "--sigma-w", "NaN"),
                bad("--sigma-w", "--sigma-w", "big"),
                bad("--sigma-b", "--sigma-b", "-1"),
                bad("--sigma-b", "--sigma-b", "x"),
                bad("--mu-w", "--mu-w", "1e7"),
                bad("--mu-w", "--mu-w", "Infinity"),
                bad("--mu-w", "--mu-w", "x"),
                bad("--mu-b", "--mu-b", "-1e7"),
                bad("--mu-b", "--mu-b", "x"),
                bad("--widths", "--widths", "0"),
                bad("--widths", "--widths", "2,2"),
                bad("--widths", "--widths", "2,x"),
                bad("--widths", "--widths", "1000001"),
                bad("--widths", "--widths", ""),
                bad("--inputs", "--inputs", "1,,2"),
                bad("--inputs", "--inputs", "a;b"),
                bad("--inputs", "--inputs", "-1,1;1,1"),
                bad("--inputs", "--inputs", "1;2;3;4;5;6;7;8;9;10;11;12;13"),
                bad("--inputs", "--inputs", "1e300"),
                bad("--orders", "--orders", "0"),
                bad("--orders", "--orders", "9"),
                bad("--orders", "--orders", "2,x"),
                bad("--orders", "--estimator", "conditional", "--orders", "2,3"),
                bad("--estimator", "--estimator", "fancy"),
                bad("--bags", "--bags", "1"),
                bad("--bags", "--bags", "100001"),
                bad("--bags", "--bags", "x"),
                bad("--nets", "--nets", "0"),
                bad("--nets", "--nets", "1.5"),
                bad("--seed", "--seed", "x"),
                bad("--seed", "--seed", "99999999999999999999"),
                bad("--backend", "--backend", "gpu"),
                bad("--precision", "--precision", "half"),
                bad("--precision", "--backend", "scalar", "--precision", "float"),
                bad("--rng", "--rng", "fast"),
                bad("--rng", "--rng", "native"),
                bad("--rng", "--backend", "scalar", "--rng", "native"),
                bad("--threads", "--threads", "0"),
                bad("--threads", "--threads", "257"),
                bad("--threads", "--threads", "x"));
    }

    /** Values that only couplings rejects, or that only it has. */
    static Stream<Arguments> badCouplingValues() {
        return Stream.of(
                bad("--cutoff", "--arch", "relu", "--cutoff", "0"),
                bad("--cutoff", "--arch", "relu", "--cutoff", "-5"),
                bad("--cutoff", "--arch", "erf", "--cutoff", "NaN"),
                bad("--cutoff", "--arch", "erf", "--cutoff", "2e6"),
                bad("--cutoff", "--arch", "erf", "--cutoff", "far"),
                bad("--cutoff", "--cutoff", "50"),
                bad("--d-in", "--arch", "relu", "--d-in", "4", "--inputs", "1,1,1,1"),
                bad("--mu-w", "--mu-w", "0.5"),
                bad("--mu-b", "--mu-b", "-1"));
    }

    private static Arguments bad(String option, String... args) {
        return Arguments.of(option, List.of(args));
    }

    @ParameterizedTest(name = "green {1} -> {0}")
    @MethodSource("badValues")
    void greenRejects(String option, List<String> args) throws IOException {
        Cli r = Cli.run(dir, argsWith("green", args));
        assertRejected(r, option);
    }

    @ParameterizedTest(name = "run {1} -> {0}")
    @MethodSource("badValues")
    void runRejects(String option, List<String> args) throws IOException {
        List<String> noOut = new ArrayList<>(List.of(argsWith("run", args)));
        int at = noOut.indexOf("--out");
        noOut.subList(at, at + 2).clear();
        Cli r = Cli.run(dir, noOut.toArray(String[]::new));
        assertRejected(r, option);
        assertThat(dir.resolve("results")).doesNotExist();
    }

    @ParameterizedTest(name = "couplings {1} -> {0}")
    @MethodSource({"badValues", "badCouplingValues"})
    void couplingsRejects(String option, List<String> args) throws IOException {
        Cli r = Cli.run(dir, argsWith("couplings", args));
        assertRejected(r, option);
    }

    @ParameterizedTest(name = "couplings without --out {1} -> {0}")
    @MethodSource("badCouplingValues")
    void couplingsRejectsBeforeMakingItsDefaultDirectory(String option, List<String> args) throws IOException {
        List<String> noOut = new ArrayList<>(List.of(argsWith("couplings", args)));
        int at = noOut.indexOf("--out");
        noOut.subList(at, at + 2).clear();
        assertRejected(Cli.run(dir, noOut.toArray(String[]::new)), option);
    }

    static Stream<Arguments> badRawValues() {
        return Stream.of(
                bad("--axis", "--axis", "diagonal"),
                bad("--axis"),
                bad("--width", "--axis", "index", "--width", "0"),
                bad("--width", "--axis", "index", "--width", "1000001"),
                bad("--width", "--axis", "index", "--width", "x"),
                bad("--bag", "--axis", "bag", "--bag", "-1"),
                bad("--bag", "--axis", "bag", "--bag", "2147483648"),
                bad("--seed", "--axis", "index", "--seed", "x"),
                bad("--count", "--axis", "index", "--count", "0"),
                bad("--count", "--axis", "index", "--count", "1e3"));
    }

    @ParameterizedTest(name = "rng raw {1} -> {0}")
    @MethodSource("badRawValues")
    void rngRawRejects(String option, List<String> args) throws IOException {
        List<String> all = new ArrayList<>(List.of("rng", "raw"));
        all.addAll(args);
        assertRejected(Cli.run(dir, all.toArray(String[]::new)), option);
    }

    @Test
    void missingValueNamesTheOptionAndItsRange() throws IOException {
        Cli r = Cli.run(dir, "green", "--out", "r.json", "--bags");
        assertRejected(r, "--bags");
        assertThat(r.err()).contains("from 2 to 100000");
    }

    @Test
    void outThatIsADirectory() throws IOException {
        Files.createDirectory(dir.resolve("sub"));
        Cli r = Cli.run(dir, argsWith("green", List.of("--out", "sub")));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--out").contains("not a directory");
        assertThat(oneLine(r.err())).isTrue();
        assertThat(listing()).containsExactly("sub");
        assertThat(dir.resolve("sub")).isEmptyDirectory();
    }

    @Test
    void outWhoseDirectoryCannotBeCreated() throws IOException {
        Files.writeString(dir.resolve("blocker"), "a file, not a directory");
        Cli r = Cli.run(dir, argsWith("green", List.of("--out", "blocker/deeper/r.json")));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--out").contains("cannot create directory");
        assertThat(oneLine(r.err())).isTrue();
        assertThat(listing()).containsExactly("blocker");
    }

    @Test
    void greenNeedsOut() throws IOException {
        Cli r = Cli.run(dir, "green", "--widths", "2", "--bags", "2", "--nets", "50");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--out");
        assertThat(oneLine(r.err())).isTrue();
        assertThat(listing()).isEmpty();
    }

    @Test
    void unknownBackendNamesEveryBackendFound() throws IOException {
        Cli r = Cli.run(dir, argsWith("green", List.of("--backend", "gpu")));
        assertRejected(r, "--backend");
        assertThat(r.err()).contains("one of scalar, simd, nd4j").contains("gpu");
    }

    @Test
    void unknownOption() throws IOException {
        Cli r = Cli.run(dir, argsWith("green", List.of("--bagz", "3")));
        assertRejected(r, "--bagz");
    }

    @Test
    void noCommandPrintsUsageAsAnError() {
        Cli r = Cli.run(dir);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Usage: nnqft").contains("green").contains("run").contains("couplings");
        assertThat(r.out()).isEmpty();
    }

    private void assertRejected(Cli r, String option) throws IOException {
        assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(2);
        assertThat(r.err()).contains(option);
        assertThat(oneLine(r.err())).as("one line: %s", r.err()).isTrue();
        assertThat(r.out()).as("nothing starts").isEmpty();
        assertThat(listing()).as("no file, no directory, no temporary file").isEmpty();
    }

    /** {@link #base()} with {@code args} replacing the options they name, then {@code args}. */
    private static String[] argsWith(String command, List<String> args) {
        List<String> all = new ArrayList<>(List.of(command));
        base().forEach((k, v) -> {
            if (!args.contains(k)) {
                all.add(k);
                all.add(v);
            }
        });
        all.addAll(args);
        return all.toArray(String[]::new);
    }

    private static boolean oneLine(String text) {
        return !text.isBlank() && text.strip().lines().count() == 1;
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
