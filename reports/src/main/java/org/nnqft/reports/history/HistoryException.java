package org.nnqft.reports.history;

import java.io.IOException;

/** A history that cannot be used: missing, not an SQLite file, of a newer schema, or failing to write. */
public final class HistoryException extends IOException {
    public HistoryException(String message) {
        super(message);
    }

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
