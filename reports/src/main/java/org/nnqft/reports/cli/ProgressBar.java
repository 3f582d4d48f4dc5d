package org.nnqft.reports.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.nnqft.numerics.engine.Progress;

/**
 * A one-line bar redrawn in place with a carriage return. Worker threads report every block, so
 * it redraws only when the whole percentage changes: thousands of writes a second would cost
 * more than the blocks themselves on a slow terminal.
 */
final class ProgressBar implements Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private int shownPercent = -1;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void update(long done, long total) {
        int percent = (int) (100 * done / Math.max(total, 1));
        if (percent == shownPercent) {
            return;
        }
        shownPercent = percent;
        err.print("\r" + render(done, total, (System.nanoTime() - start) * 1e-9));
        if (done >= total) {
            err.println();
        }
        err.flush();
    }

    static String render(long done, long total, double elapsedSeconds) {
        int percent = (int) (100 * done / Math.max(total, 1));
        int filled = percent * WIDTH / 100;
        String eta = done == 0 ? "?" : String.format(Locale.ROOT, "%.0f s", elapsedSeconds * (total - done) / done);
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%3d%%  %d/%d blocks  eta %s ", percent, done, total, eta);
    }
}
