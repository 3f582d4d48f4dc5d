package org.nnqft.numerics.spec;

/**
 * Builds an {@link ExperimentSpec} from defaults plus whatever is set; presets and the command line
 * both use it. Inputs left unset are the published set for the architecture and d-in.
 */
public final class SpecBuilder {
    private Architecture arch = Architecture.GAUSS;
    private int dIn = 1;
    private double sigmaW = 1;
    private double sigmaB = 1;
    private double muW;
    private double muB;
    private int[] widths = {2, 3, 4, 5, 10, 20, 50, 100, 500, 1000};
    private double[][] inputs;
    private int[] orders = {2, 4, 6};
    private int bags = 10;
    private int nets = 10_000;
    private long seed = 1;
    private Estimator estimator = Estimator.PLAIN;
    private String backend = "simd";
    private Precision precision = Precision.DOUBLE;
    private Rng rng = Rng.SUITE;
    private int threads = Runtime.getRuntime().availableProcessors();

    public SpecBuilder arch(Architecture v) { arch = v; return this; }
    public SpecBuilder dIn(int v) { dIn = v; return this; }
    public SpecBuilder sigmaW(double v) { sigmaW = v; return this; }
    public SpecBuilder sigmaB(double v) { sigmaB = v; return this; }
    public SpecBuilder muW(double v) { muW = v; return this; }
    public SpecBuilder muB(double v) { muB = v; return this; }
    public SpecBuilder widths(int... v) { widths = v.clone(); return this; }
    public SpecBuilder inputs(double[][] v) { inputs = v; return this; }
    public SpecBuilder orders(int... v) { orders = v.clone(); return this; }
    public SpecBuilder bags(int v) { bags = v; return this; }
    public SpecBuilder nets(int v) { nets = v; return this; }
    public SpecBuilder seed(long v) { seed = v; return this; }
    public SpecBuilder estimator(Estimator v) { estimator = v; return this; }
    public SpecBuilder backend(String v) { backend = v; return this; }
    public SpecBuilder precision(Precision v) { precision = v; return this; }
    public SpecBuilder rng(Rng v) { rng = v; return this; }
    public SpecBuilder threads(int v) { threads = v; return this; }

    public ExperimentSpec build() {
        if (arch == null) {
            throw new SpecException("arch", "one of gauss, erf, relu", null);
        }
        if (dIn < 1 || dIn > ExperimentSpec.MAX_D_IN) {
            throw new SpecException("d-in", "an integer from 1 to " + ExperimentSpec.MAX_D_IN, dIn);
        }
        double[][] points = inputs != null ? inputs : InputSets.published(arch, dIn);
        return new ExperimentSpec(arch, dIn, sigmaW, sigmaB, muW, muB, widths, points, orders,
                bags, nets, seed, estimator, backend, precision, rng, threads);
    }
}
