package org.nnqft.reports.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.nnqft.reports.results.ResultFiles;

/**
 * Writes a report's files into its directory so that a reader never sees half a report: all
 * files are written into a hidden temporary directory beside the target (the same file system,
 * so moves are renames), then the whole directory is renamed into place, or, when the target
 * already holds an older report, each file is renamed over its old version.
 */
final class ReportWriter {
    private ReportWriter() {
    }

    /** @param files name to content */
    static void write(Path outDir, Map<String, byte[]> files) throws IOException {
        Path target = outDir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = ResultFiles.temporary(target);
        try {
            Files.createDirectory(tmp);
            for (Map.Entry<String, byte[]> f : new LinkedHashMap<>(files).entrySet()) {
                Files.write(tmp.resolve(f.getKey()), f.getValue());
            }
            if (!Files.exists(target) && renamed(tmp, target)) {
                return;
            }
            Files.createDirectories(target);
            for (String name : files.keySet()) {
                ResultFiles.moveIntoPlace(tmp.resolve(name), target.resolve(name));
            }
        } finally {
            deleteTree(tmp);
        }
    }

    /** false when someone created the target meanwhile: then the files go in one by one. */
    private static boolean renamed(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
            return false;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
