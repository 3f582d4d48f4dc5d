package org.nnqft.reports.history;

/**
 * One benchmark run as the history keeps it.
 *
 * @param id          the store's row id, in order of recording
 * @param date        when it ran (ISO-8601), from bench's environment.json or given
 * @param commit      the commit of the code it measured, "unknown" if not known
 * @param profile     bench's profile, null for a JMH file recorded without one
 * @param environment bench's environment.json, verbatim, or null
 * @param jmh         JMH's -rf json output, verbatim
 */
public record RecordedRun(long id, String date, String commit, String profile, String environment, String jmh) {
}
