package org.nnqft.nd4j;

import org.nd4j.linalg.factory.Nd4j;
import org.nnqft.numerics.backend.Backend;
import org.nnqft.numerics.backend.BlockRunner;
import org.nnqft.numerics.backend.Ensemble;

/**
 * The ND4J backend (ND4J 1.0.0-M2.1, CPU, OpenBLAS): a block of networks as INDArrays, one gemm
 * for the hidden layer of the whole block, ND4J's exp, erf and relu in place, gemms with a vector
 * of ones for the output layer and the Gram matrices (see {@link Nd4jRunner}). With {@code --rng
 * suite} it draws the suite's networks; with {@code --rng native} Nd4j's own Gaussian generator,
 * seeded per chunk of a block.
 *
 * <p>Parallelism: the engine runs one runner per worker thread ({@code --threads}); ND4J's own
 * OpenMP and BLAS threads are pinned to one here, so that T threads means T threads and each block
 * is computed the same way whatever T is.
 */
public final class Nd4jBackend implements Backend {
    public static final String NAME = "nd4j";

    private static volatile boolean started;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public BlockRunner runner(Ensemble ensemble) {
        start();
        return new Nd4jRunner(ensemble);
    }

    /** Loads ND4J's native backend and pins its parallelism to one thread per operation. */
    static synchronized void start() {
        if (started) {
            return;
        }
        Nd4j.getEnvironment().setMaxThreads(1);
        Nd4j.getEnvironment().setMaxMasterThreads(1);
        Nd4j.factory().blas().setMaxThreads(1);
        started = true;
    }
}
