package org.nnqft.reports.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nnqft.numerics.spec.SpecException;

/**
 * Checks --out before the run, so that an hour of computing is never lost to a typo in a path.
 * Creating the directory is the only reliable test that it can be created.
 */
final class OutputPath {
    private OutputPath() {
    }

    /** @return the absolute target, its directory now existing and writable */
    static Path prepare(Path workingDir, Path out) {
        String given = given(out);
        Path target = absolute(workingDir, out);
        if (Files.isDirectory(target) || target.getParent() == null) {
            throw new SpecException("out", "a file path, not a directory", given);
        }
        Path dir = target.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new SpecException("out", Allowed.OUT, given + ": cannot create directory " + dir);
        }
        if (!Files.isWritable(dir)) {
            throw new SpecException("out", "a file path in a writable directory", given + ": " + dir + " is not writable");
        }
        return target;
    }

    /** @return the absolute directory, now existing and writable (bench writes two files into it) */
    static Path prepareDirectory(Path workingDir, Path out) {
        String given = given(out);
        Path target = absolute(workingDir, out);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new SpecException("out", Allowed.OUT_DIRECTORY, given + ": is a file");
        }
        try {
            Files.createDirectories(target);
        } catch (IOException | SecurityException e) {
            throw new SpecException("out", Allowed.OUT_DIRECTORY, given + ": cannot create it");
        }
        if (!Files.isWritable(target)) {
            throw new SpecException("out", Allowed.OUT_DIRECTORY, given + ": not writable");
        }
        return target;
    }

    /**
     * The output directory, checked without creating anything (report writes a temporary directory
     * beside it and renames it into place): bad --out must leave no trace. It must be a directory or
     * not exist yet, under a writable directory.
     */
    static Path checkDirectory(Path workingDir, Path out) {
        return checkDirectory(workingDir, out, "out");
    }

    /** As above, naming the option {@code option} in the message. */
    static Path checkDirectory(Path workingDir, Path out, String option) {
        String given = given(out);
        Path target = absolute(workingDir, out);
        if (out.toString().isEmpty() || Files.exists(target) && !Files.isDirectory(target)) {
            throw new SpecException(option, Allowed.REPORT_OUT, given + (out.toString().isEmpty() ? "" : ": not a directory"));
        }
        Path existing = target;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new SpecException(option, Allowed.REPORT_OUT, given + ": " + existing + " is not a writable directory");
        }
        return target;
    }

    /** How the user wrote --out, for messages. */
    private static String given(Path out) {
        return out.toString().isEmpty() ? "nothing" : out.toString();
    }

    private static Path absolute(Path workingDir, Path out) {
        return workingDir.resolve(out).toAbsolutePath().normalize();
    }
}
