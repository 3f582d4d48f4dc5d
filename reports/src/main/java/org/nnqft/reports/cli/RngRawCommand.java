package org.nnqft.reports.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.spec.SpecException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Raw stream words to stdout, for batteries such as dieharder (-g 200 reads raw stdin). */
@Command(name = "raw", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Write the stream's raw 64-bit words, little-endian, to stdout: along one axis of the "
                + "(bag, network, variate) address space, e.g. ./nnqft rng raw --axis network | dieharder -a -g 200.",
            "Without --count, until the reader closes the pipe."})
final class RngRawCommand implements Callable<Integer> {
    /** Words per write. */
    private static final int CHUNK = 8192;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--seed", paramLabel = "S", description = "Experiment seed, " + Allowed.SEED + " (default 1).")
    long seed = 1;

    @Option(names = "--width", paramLabel = "W", description = "Hidden width keying the stream, " + Allowed.WIDTH + " (default 10).")
    int width = 10;

    @Option(names = "--bag", paramLabel = "B", description = "Bag keying the stream (the bag axis starts there), "
            + Allowed.BAG + " (default 0).")
    int bag;

    @Option(names = "--axis", paramLabel = "AXIS", required = true,
            description = "Which address runs fastest: " + Allowed.AXIS + ".")
    String axis;

    @Option(names = "--count", paramLabel = "C", description = "Words to write, " + Allowed.COUNT + " (default: until the pipe closes).")
    Long count;

    private final Session session;

    RngRawCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (width < 1 || width > ExperimentSpec.MAX_WIDTH) {
            throw new SpecException("width", Allowed.WIDTH, width);
        }
        if (bag < 0) {
            throw new SpecException("bag", Allowed.BAG, bag);
        }
        if (count != null && count < 1) {
            throw new SpecException("count", Allowed.COUNT, count);
        }
        RawWords.Axis a;
        try {
            a = RawWords.Axis.valueOf(axis.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SpecException("axis", Allowed.AXIS, axis);
        }
        RawWords words = new RawWords(seed, width, bag, a);
        OutputStream out = session.raw();
        ByteBuffer buffer = ByteBuffer.allocate(8 * CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        long left = count == null ? Long.MAX_VALUE : count;
        try {
            while (left > 0) {
                int n = (int) Math.min(CHUNK, left);
                buffer.clear();
                for (int i = 0; i < n; i++) {
                    buffer.putLong(words.next());
                }
                out.write(buffer.array(), 0, 8 * n);
                left -= n;
            }
            out.flush();
        } catch (IOException closed) {
            // the reader has what it wanted (a battery stops reading when done): not an error
        }
        return 0;
    }
}
