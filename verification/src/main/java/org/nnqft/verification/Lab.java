package org.nnqft.verification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.nnqft.numerics.analysis.Analysis;
import org.nnqft.numerics.analysis.OrderResult;
import org.nnqft.numerics.backend.Backend;
import org.nnqft.numerics.engine.Engine;
import org.nnqft.numerics.engine.EnsembleSums;
import org.nnqft.numerics.engine.Progress;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.theory.ExactMoments;
import org.nnqft.verification.bands.Bands;
import org.nnqft.verification.tiers.Plan;

/**
 * Where claims get their measurements: the tier's experiments run on one backend and analysed,
 * each at most once however many claims read it. Planted-fault tests hand it a faulty backend or
 * a faulty analysis; nothing else differs from a real run.
 */
public final class Lab {
    private final Plan plan;
    private final Backend backend;
    private final Function<EnsembleSums, List<OrderResult>> analysis;
    private final Progress progress;
    private final Bands bands;
    private final Map<ExperimentSpec, EnsembleSums> runs;
    private final Map<ExperimentSpec, Measurement> done = new HashMap<>();
    /** Exact theories by (arch, d_in, sigma_W, sigma_b): width- and seed-free, so shared by {@link #withPlan}. */
    private final Map<List<Object>, ExactMoments> theories;

    public Lab(Plan plan, Backend backend, Progress progress) {
        this(plan, backend, Analysis::of, progress, Bands.standard());
    }

    public Lab(Plan plan, Backend backend, Function<EnsembleSums, List<OrderResult>> analysis, Progress progress,
            Bands bands) {
        this(plan, backend, analysis, progress, bands, new HashMap<>(), new ConcurrentHashMap<>());
    }

    private Lab(Plan plan, Backend backend, Function<EnsembleSums, List<OrderResult>> analysis, Progress progress,
            Bands bands, Map<ExperimentSpec, EnsembleSums> runs, Map<List<Object>, ExactMoments> theories) {
        this.plan = plan;
        this.backend = backend;
        this.analysis = analysis;
        this.progress = progress;
        this.bands = bands;
        this.runs = runs;
        this.theories = theories;
    }

    /** The same runs read through another analysis (a planted theory fault): nothing is run twice. */
    public Lab withAnalysis(Function<EnsembleSums, List<OrderResult>> other) {
        return new Lab(plan, backend, other, progress, bands, runs, theories);
    }

    /**
     * Another plan (calibration's next seed) on the same backend and analysis: new runs, but the
     * exact theories and their memos are kept, since they depend on neither seed nor sample size.
     */
    public Lab withPlan(Plan other) {
        return new Lab(other, backend, analysis, progress, bands, new HashMap<>(), theories);
    }

    /**
     * The same plan on another backend (a planted error of another size): new runs, the exact
     * theories and their memos kept, since they depend on neither.
     */
    public Lab withBackend(Backend other) {
        return new Lab(plan, other, analysis, progress, bands, new HashMap<>(), theories);
    }

    public Plan plan() {
        return plan;
    }

    public Bands bands() {
        return bands;
    }

    public Backend backend() {
        return backend;
    }

    public synchronized Measurement measure(ExperimentSpec spec) {
        Measurement m = done.get(spec);
        if (m == null) {
            EnsembleSums sums;
            synchronized (runs) {
                sums = runs.computeIfAbsent(spec, s -> Engine.run(s, backend, progress));
            }
            m = new Measurement(spec, sums, analysis.apply(sums), theory(spec));
            done.put(spec, m);
        }
        return m;
    }

    private Optional<ExactMoments> theory(ExperimentSpec spec) {
        if (!spec.zeroMeans()) {
            return Optional.empty();
        }
        List<Object> key = List.of(spec.arch(), spec.dIn(), spec.sigmaW(), spec.sigmaB());
        return Optional.of(theories.computeIfAbsent(key,
                k -> ExactMoments.of(spec.arch(), spec.dIn(), spec.sigmaW(), spec.sigmaB(), spec.widths()[0])));
    }
}
