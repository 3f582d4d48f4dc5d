package org.nnqft.reports.history;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A run's date as the instant it names. Dates come as ISO-8601 text with any offset and any
 * fraction of a second, which sort as text in the wrong order; their instants do not.
 */
public final class RunDate {
    private RunDate() {
    }

    /**
     * @param source where the date came from (--date, a file, a run), for the message
     * @return epoch milliseconds
     * @throws HistoryException naming the source when the date is not an ISO-8601 instant
     */
    public static long millis(String date, String source) throws HistoryException {
        try {
            return Instant.parse(date).toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new HistoryException(source + ": date " + date + " is not an ISO-8601 instant, e.g. 2026-01-02T03:04:05Z");
        }
    }
}
