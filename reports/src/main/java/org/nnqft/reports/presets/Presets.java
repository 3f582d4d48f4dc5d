package org.nnqft.reports.presets;

import java.util.List;
import java.util.stream.Collectors;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.SpecBuilder;
import org.nnqft.numerics.spec.SpecException;

/** The presets the command line knows, by name. */
public final class Presets {
    /** The widths of ELS Figure 1. */
    private static final int[] ELS_WIDTHS = {2, 3, 4, 5, 10, 20, 50, 100, 500, 1000};

    /** The Figure 1 ensemble scaled down so that a first run finishes in under a minute. */
    public static final Preset QUICK = new Preset("quick",
            "ELS Figure 1 ensemble, scaled down to 20 bags x 10000 networks",
            () -> elsFigure1Ensemble().bags(20).nets(10_000));

    /** ELS Figure 1 at its published scale. */
    public static final Preset ELS_FIG1 = new Preset("els-fig1",
            "ELS Figure 1 at published scale: Gauss-net, 20 bags x 30000 networks",
            () -> elsFigure1Ensemble().bags(20).nets(30_000));

    /**
     * ELS Figure 2 as the authors' code runs it: sigma_b = 0, sigma_W from 1 to 10 in steps of
     * 0.5 and 20, N in {5, 10, 50, 100, 500, 1000}, 30 bags x 30,000 networks, plain estimator.
     */
    public static final Preset ELS_FIG2 = new Preset("els-fig2",
            "ELS Figure 2 at published scale: Gauss-net, sigma_b = 0, sigma_W sweep 1..10 and 20, 30 bags x 30000 networks",
            () -> elsFigure1Ensemble().sigmaB(0).widths(5, 10, 50, 100, 500, 1000).orders(2, 4).bags(30).nets(30_000),
            figure2SigmaW());

    /**
     * The same small experiment on every backend (nd4j with both random sources), one thread each
     * unless --threads says otherwise: neuron-samples per second and the ratio to simd.
     */
    public static final Preset BACKENDS = new Preset("backends",
            "the same small Gauss-net experiment (N = 10, 100, 1000; 4 bags x 2000 networks) on every backend, one thread",
            () -> elsFigure1Ensemble().widths(10, 100, 1000).bags(4).nets(2_000).threads(1),
            List.of(), true);

    private static final List<Preset> ALL = List.of(QUICK, ELS_FIG1, ELS_FIG2, BACKENDS);

    private static List<Double> figure2SigmaW() {
        List<Double> s = new java.util.ArrayList<>();
        for (int i = 0; i <= 18; i++) {
            s.add(1.0 + 0.5 * i);
        }
        s.add(20.0);
        return List.copyOf(s);
    }

    private Presets() {
    }

    public static List<Preset> all() {
        return ALL;
    }

    /** @throws SpecException naming {@code preset} and the known names */
    public static Preset named(String name) {
        for (Preset p : ALL) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new SpecException("preset", "one of " + names(), name);
    }

    public static String names() {
        return ALL.stream().map(Preset::name).collect(Collectors.joining(", "));
    }

    /**
     * Every field but the sample sizes is set explicitly, so a change of the library's defaults
     * cannot silently change what a preset reproduces. Inputs stay unset: the builder then takes
     * the published set for whatever arch and d-in end up chosen, so --d-in 2 just works.
     */
    private static SpecBuilder elsFigure1Ensemble() {
        return new SpecBuilder()
                .arch(Architecture.GAUSS)
                .dIn(1)
                .sigmaW(1)
                .sigmaB(1)
                .muW(0)
                .muB(0)
                .widths(ELS_WIDTHS)
                .orders(2, 4, 6)
                .seed(1)
                .estimator(Estimator.PLAIN)
                .backend("simd");
    }
}
