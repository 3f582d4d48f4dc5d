package org.nnqft.reports.history;

import java.io.IOException;
import java.nio.file.Path;

/** bench's environment.json beside a JMH file, unusable for a run: unreadable, malformed, or with a bad date. */
public final class BadEnvironment extends IOException {
    public BadEnvironment(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
