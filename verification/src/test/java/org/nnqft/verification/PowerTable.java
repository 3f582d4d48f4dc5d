package org.nnqft.verification;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.nnqft.verification.tiers.Tier;

/**
 * Test only: the power scan's Markdown. Planted labels are "none", "s=..." (the output weights'
 * scale) and "a=..." (their kurtosis error); a claim detects a size when it FAILS on every seed.
 */
final class PowerTable {
    private PowerTable() {
    }

    /** @param verdicts [planted][claim][seed] */
    static String markdown(String plan, int seeds, List<String> planted, List<String> claims, Verdict[][][] verdicts,
            double minutes) {
        StringBuilder b = new StringBuilder();
        b.append("Power scan: plan ").append(plan).append(" (")
                .append(plan.equals("fast") ? "Tier.FAST's sizes" : Tier.CALIBRATION_SIZE).append("), ").append(seeds)
                .append(" seeds, scalar-speed FaultyBackend, ").append(Runtime.getRuntime().availableProcessors())
                .append(" processors, ").append(String.format("%.1f", minutes)).append(" min, ").append(Instant.now())
                .append(".\nA cell counts the seeds' verdicts: F FAIL, P PASS, I INCONCLUSIVE. s: W1 times s (K_W's"
                        + " output part s^2 too high); a: W1's E[w^4] (1 + a^2) times the Gaussian's at unchanged variance;"
                        + " none: correct code on the same seeds (its F are false alarms).\n\n");
        b.append("| claim |");
        planted.forEach(p -> b.append(' ').append(p).append(" |"));
        b.append(" smallest s failing every seed | smallest a failing every seed |\n|---|");
        planted.forEach(p -> b.append("---|"));
        b.append("---|---|\n");
        for (int c = 0; c < claims.size(); c++) {
            b.append("| ").append(claims.get(c)).append(" |");
            for (int p = 0; p < planted.size(); p++) {
                b.append(' ').append(cell(verdicts[p][c])).append(" |");
            }
            b.append(' ').append(smallest("s=", planted, verdicts, c)).append(" | ").append(smallest("a=", planted, verdicts, c))
                    .append(" |\n");
        }
        return b.toString();
    }

    private static String cell(Verdict[] seeds) {
        StringBuilder s = new StringBuilder();
        for (Verdict v : new Verdict[] {Verdict.FAIL, Verdict.PASS, Verdict.INCONCLUSIVE}) {
            long n = Arrays.stream(seeds).filter(x -> x == v).count();
            if (n > 0) {
                s.append(s.isEmpty() ? "" : " ").append(v.name().charAt(0)).append(n);
            }
        }
        return s.toString();
    }

    /**
     * The smallest error of one kind from which on every scanned size FAILS on every seed, or "none" up to the
     * largest scanned. Sizes are ranked by the error they plant, |s - 1| or |a|, not by their value, and a larger
     * size that some seed passes breaks the run: detection must hold from there up.
     */
    private static String smallest(String kind, List<String> planted, Verdict[][][] verdicts, int claim) {
        record Size(double error, boolean detected, String label) {
        }
        List<Size> sizes = new java.util.ArrayList<>();
        for (int p = 0; p < planted.size(); p++) {
            if (!planted.get(p).startsWith(kind)) {
                continue;
            }
            String label = planted.get(p).substring(kind.length());
            double value = Double.parseDouble(label);
            double error = kind.equals("s=") ? Math.abs(value - 1) : Math.abs(value);
            sizes.add(new Size(error, Arrays.stream(verdicts[p][claim]).allMatch(v -> v == Verdict.FAIL), label));
        }
        if (sizes.isEmpty()) {
            return "not scanned";
        }
        sizes.sort(java.util.Comparator.comparingDouble(Size::error));
        String best = null;
        for (int i = sizes.size() - 1; i >= 0 && sizes.get(i).detected(); i--) {
            best = sizes.get(i).label();
        }
        return best != null ? best : "none up to " + sizes.get(sizes.size() - 1).label();
    }

}
