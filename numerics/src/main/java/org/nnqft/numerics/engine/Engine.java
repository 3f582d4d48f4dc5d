package org.nnqft.numerics.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.nnqft.numerics.backend.Backend;
import org.nnqft.numerics.backend.Block;
import org.nnqft.numerics.backend.BlockRunner;
import org.nnqft.numerics.backend.Ensemble;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.spec.ExperimentSpec;

/**
 * Splits an experiment into blocks of networks, runs them on the spec's threads and merges each
 * (width, bag) in block order. Blocks are handed out widest first so the long ones start early.
 */
public final class Engine {
    /** Networks per block: fixed, so block boundaries, and hence the bits, never depend on threads. */
    public static final int BLOCK = 256;

    private Engine() {
    }

    public static EnsembleSums run(ExperimentSpec spec, Backend backend, Progress progress) {
        Ensemble ensemble = Ensemble.of(spec);
        int[] widths = spec.widths();
        int bags = spec.bags();
        int blocksPerBag = (spec.nets() + BLOCK - 1) / BLOCK;
        long total = (long) widths.length * bags * blocksPerBag;
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many blocks: " + total);
        }
        OrderedMerge merge = new OrderedMerge(widths.length * bags, ensemble.layout());
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();

        Runnable worker = () -> {
            BlockRunner runner = backend.runner(ensemble);
            int u;
            while (failure.get() == null && (u = next.getAndIncrement()) < total) {
                int blockIndex = u % blocksPerBag;
                int stream = u / blocksPerBag;
                // widest first: stream 0 is the last width's first bag
                int w = widths.length - 1 - stream / bags;
                int bag = stream % bags;
                int first = blockIndex * BLOCK;
                Block block = new Block(widths[w], bag, first, Math.min(BLOCK, spec.nets() - first));
                MomentSums sums = new MomentSums(ensemble.layout());
                runner.run(block, sums);
                int bad = sums.firstNonFinite();
                if (bad >= 0) {
                    throw new NonFiniteException("non-finite moment sum at width " + block.width()
                            + ", bag " + bag + ", networks " + first + ".." + (first + block.count() - 1)
                            + ", multiset " + java.util.Arrays.toString(ensemble.layout().elements(bad))
                            + "; spec: " + spec);
                }
                merge.offer(w * bags + bag, blockIndex, sums);
                progress.update(done.incrementAndGet(), total);
            }
        };

        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < spec.threads(); t++) {
            Thread thread = new Thread(() -> {
                try {
                    worker.run();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "nnqft-worker-" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.compareAndSet(null, e);
            }
        }
        double seconds = (System.nanoTime() - start) * 1e-9;
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) {
            throw re;
        } else if (t instanceof Error err) {
            throw err;
        } else if (t != null) {
            throw new IllegalStateException(t);
        }

        MomentSums[][] byWidthAndBag = new MomentSums[widths.length][bags];
        long neuronSamples = 0;
        for (int w = 0; w < widths.length; w++) {
            for (int b = 0; b < bags; b++) {
                byWidthAndBag[w][b] = merge.total(w * bags + b);
            }
            neuronSamples += (long) widths[w] * bags * spec.nets();
        }
        long networks = (long) widths.length * bags * spec.nets();
        return new EnsembleSums(spec, ensemble.layout(), byWidthAndBag, Timing.of(seconds, networks, neuronSamples));
    }
}
