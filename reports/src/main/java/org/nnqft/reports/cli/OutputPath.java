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
        String given = out.toString().isEmpty() ? "nothing" : out.toString();
        Path target = workingDir.resolve(out).toAbsolutePath().normalize();
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
        String given = out.toString().isEmpty() ? "nothing" : out.toString();
        Path target = workingDir.resolve(out).toAbsolutePath().normalize();
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
}
