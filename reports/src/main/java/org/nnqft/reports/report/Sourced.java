package org.nnqft.reports.report;

/**
 * Something read from a file, with the file's name: every chart and table says where its numbers
 * came from, since a report may mix files from different machines and commits.
 *
 * @param file  the file name as shown in the report
 * @param label what in the file it is (a sweep's sigma_W, say); empty for a whole file
 */
public record Sourced<T>(String file, String label, T value) {

    /** "file" or "file, label". */
    public String title() {
        return label.isEmpty() ? file : file + ", " + label;
    }
}
