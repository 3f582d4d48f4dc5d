package org.nnqft.reports.gate;

import java.io.IOException;
import java.nio.file.Path;

/** A JMH file that cannot be used as it is: missing, unreadable, malformed, truncated, incomplete. */
public final class BadJmhFile extends IOException {
    private final String problem;

    public BadJmhFile(Path file, String problem) {
        super(file + ": " + problem);
        this.problem = problem;
    }

    /** What is wrong, without the file's name, for messages that name it as the user gave it. */
    public String problem() {
        return problem;
    }
}
