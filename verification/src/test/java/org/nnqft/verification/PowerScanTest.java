package org.nnqft.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.nnqft.numerics.engine.Progress;
import org.nnqft.verification.claims.Claim;
import org.nnqft.verification.claims.Claims;
import org.nnqft.verification.tiers.SizedPlan;
import org.nnqft.verification.tiers.Tier;

/**
 * The power scan (issue 12), on demand: every claim of the harness on the two planted errors of
 * {@link FaultyBackend} (the output weights' scale s, their kurtosis error a) at several sizes, on
 * a few independent seeds, beside the correct code (size 0) on the same seeds. A seed draws the
 * same Gaussians at every size, so the comparison is paired. Writes a Markdown table to
 * {@code verification/target/power.md} and stdout; it asserts only that every claim produced a
 * verdict, since power is measured here, not required.
 *
 * <p>Properties: {@code nnqft.power.plan} = calibration (default: {@link Tier#calibration}, the
 * size calibration uses) or fast ({@link Tier#FAST}'s sizes, what {@code ./nnqft verify} runs;
 * about ten times the cost on this scalar-speed backend); {@code nnqft.power.seeds} (default 5);
 * {@code nnqft.power.scales} and {@code nnqft.power.kurtosis}, comma-separated sizes (empty: none).
 */
@EnabledIfSystemProperty(named = "nnqft.power", matches = "true")
class PowerScanTest {
    private static final String SCALES = "1.005,1.01,1.02,1.05,1.1";
    private static final String KURTOSIS = "0.1,0.2,0.3,0.5,1";

    /** One planted error at one size, or none. */
    private record Planted(String label, FaultyBackend backend) {
    }

    @Test
    void scan() throws IOException {
        long t0 = System.nanoTime();
        String planName = System.getProperty("nnqft.power.plan", "calibration");
        int seeds = Integer.parseInt(System.getProperty("nnqft.power.seeds", "5"));
        if (seeds < 1 || seeds > 100) {
            throw new IllegalArgumentException("nnqft.power.seeds must lie in [1, 100], got " + seeds);
        }
        List<Planted> planted = new ArrayList<>();
        planted.add(new Planted("none", new FaultyBackend(FaultyBackend.Fault.NONE)));
        for (double s : sizes("nnqft.power.scales", SCALES)) {
            planted.add(new Planted("s=" + s, FaultyBackend.outputScale(s)));
        }
        for (double a : sizes("nnqft.power.kurtosis", KURTOSIS)) {
            planted.add(new Planted("a=" + a, FaultyBackend.outputKurtosis(a)));
        }
        List<Claim> claims = Claims.all();
        // verdicts[planted][claim][seed]
        Verdict[][][] verdicts = new Verdict[planted.size()][claims.size()][seeds];
        // withBackend and withPlan keep the exact theories, which cost the same at any size and seed
        Lab root = new Lab(plan(planName, 0), planted.get(0).backend(), Progress.NONE);
        for (int p = 0; p < planted.size(); p++) {
            Lab first = root.withBackend(planted.get(p).backend());
            for (int r = 0; r < seeds; r++) {
                Lab lab = first.withPlan(plan(planName, r));
                for (int c = 0; c < claims.size(); c++) {
                    ClaimResult result = claims.get(c).check(lab);
                    verdicts[p][c][r] = result.verdict();
                    System.out.printf("power %s seed %d: %s%n", planted.get(p).label(), r, result);
                }
            }
            System.out.printf("power: %s done after %.0f s%n", planted.get(p).label(), (System.nanoTime() - t0) / 1e9);
        }
        double minutes = (System.nanoTime() - t0) / 6e10;
        String table = PowerTable.markdown(planName, seeds, planted.stream().map(Planted::label).toList(),
                claims.stream().map(Claim::name).toList(), verdicts, minutes);
        System.out.println(table);
        Path out = Path.of(System.getProperty("basedir", "."), "target", "power.md");
        Files.createDirectories(out.getParent());
        Path tmp = Files.createTempFile(out.getParent(), "power", ".md.tmp");
        Files.writeString(tmp, table, StandardCharsets.UTF_8);
        Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Arrays.stream(verdicts).flatMap(Arrays::stream).flatMap(Arrays::stream)).doesNotContainNull();
    }

    /** Seed r of the named size; the fast plans start at 3 x 10^6, clear of the tiers' and calibration's seeds. */
    private static SizedPlan plan(String name, int r) {
        return switch (name) {
            case "calibration" -> Tier.calibration(r);
            case "fast" -> Tier.FAST.sized().withSeed(3_000_000 + 100L * r);
            default -> throw new IllegalArgumentException("nnqft.power.plan must be calibration or fast, got " + name);
        };
    }

    private static double[] sizes(String property, String fallback) {
        String v = System.getProperty(property, fallback).trim();
        return v.isEmpty() ? new double[0] : Arrays.stream(v.split(",")).mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
    }
}
