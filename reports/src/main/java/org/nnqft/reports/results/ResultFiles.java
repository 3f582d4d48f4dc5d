package org.nnqft.reports.results;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Writes and reads result files. */
public final class ResultFiles {
    /**
     * Unknown properties are ignored so that files from newer versions with extra fields still
     * read; incompatible changes bump {@link ResultFile#SCHEMA} instead. A null where a number is
     * required is an error rather than a silent 0.
     */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** Temporary files start with this, so that a crash leftover is recognisable and ignorable. */
    public static final String TEMP_PREFIX = ".";
    public static final String TEMP_SUFFIX = ".tmp";

    private ResultFiles() {
    }

    /**
     * Writes {@code file} to {@code target} so that readers see either the old file or the whole
     * new one, never a torn file, even if the run is killed while writing. The temporary file lives
     * in the target directory because a rename is atomic only within one file system; it is
     * synced before the rename so that a power cut cannot leave a renamed but empty file.
     */
    public static void write(Path target, ResultFile file) throws IOException {
        writeJson(target, file);
    }

    /** A sweep, written as atomically as a single result. */
    public static void write(Path target, SweepFile file) throws IOException {
        writeJson(target, file);
    }

    /** A verification, written as atomically as a single result. */
    public static void write(Path target, VerificationFile file) throws IOException {
        writeJson(target, file);
    }

    /** A calibration, written as atomically as a single result. */
    public static void write(Path target, CalibrationFile file) throws IOException {
        writeJson(target, file);
    }

    public static VerificationFile readVerification(Path source) throws IOException {
        return readVerification(tree(source), source.toString());
    }

    /** As {@link #readVerification(Path)}, from a parsed file; {@code source} names it in errors. */
    public static VerificationFile readVerification(JsonNode tree, String source) throws IOException {
        VerificationFile file = MAPPER.treeToValue(tree, VerificationFile.class);
        if (!VerificationFile.KIND.equals(file.kind()) || file.claims() == null) {
            throw new IOException(source + ": not a verification result file");
        }
        requireSchema(source, "verification", file.schema(), ResultFile.SCHEMA);
        return file;
    }

    /** A couplings result, written as atomically as the others. */
    public static void write(Path target, CouplingsFile file) throws IOException {
        writeJson(target, file);
    }

    /** A comparison of two benchmark runs, written as atomically as the others. */
    public static void write(Path target, ComparisonFile file) throws IOException {
        writeJson(target, file);
    }

    /** The environment of a benchmark run, written as atomically as the others. */
    public static void write(Path target, BenchEnvironment file) throws IOException {
        writeJson(target, file);
    }

    public static BenchEnvironment readBenchEnvironment(Path source) throws IOException {
        return readBenchEnvironment(tree(source), source.toString());
    }

    /** As {@link #readBenchEnvironment(Path)}, from a parsed file; {@code source} names it in errors. */
    public static BenchEnvironment readBenchEnvironment(JsonNode tree, String source) throws IOException {
        BenchEnvironment file = MAPPER.treeToValue(tree, BenchEnvironment.class);
        if (!BenchEnvironment.KIND.equals(file.kind()) || file.schema() != BenchEnvironment.SCHEMA) {
            throw new IOException(source + ": not a bench environment file of schema " + BenchEnvironment.SCHEMA);
        }
        return file;
    }

    /** The temporary name a file is written under before its rename, in the target's directory. */
    public static Path temporary(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling(TEMP_PREFIX + absolute.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
    }

    /** Renames a finished temporary file into place: atomically where the file system can. */
    public static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void writeJson(Path target, Object file) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        byte[] json = (MAPPER.writeValueAsString(file) + "\n").getBytes(StandardCharsets.UTF_8);
        Path tmp = temporary(absolute);
        try {
            // CREATE_NEW with default permissions (umask), unlike createTempFile's owner-only mode
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(json);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            moveIntoPlace(tmp, absolute);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static SweepFile readSweep(Path source) throws IOException {
        return readSweep(tree(source), source.toString());
    }

    /** As {@link #readSweep(Path)}, from a parsed file; {@code source} names it in errors. */
    public static SweepFile readSweep(JsonNode tree, String source) throws IOException {
        SweepFile file = MAPPER.treeToValue(tree, SweepFile.class);
        // a couplings file also has "runs", whose entries have no "results" of n-point functions
        if (file.schema() != ResultFile.SCHEMA || file.runs() == null
                || file.runs().stream().anyMatch(r -> r.results() == null)) {
            throw new IOException(source + ": not a sweep result file of schema " + ResultFile.SCHEMA);
        }
        return file;
    }

    public static ResultFile read(Path source) throws IOException {
        return read(tree(source), source.toString());
    }

    /** As {@link #read(Path)}, from a parsed file; {@code source} names it in errors. */
    public static ResultFile read(JsonNode tree, String source) throws IOException {
        ResultFile file = MAPPER.treeToValue(tree, ResultFile.class);
        requireSchema(source, "result", file.schema(), ResultFile.SCHEMA);
        if (file.results() == null) {
            throw new IOException(source + ": not a single-run result file (no \"results\")");
        }
        return file;
    }

    public static CouplingsFile readCouplings(Path source) throws IOException {
        return readCouplings(tree(source), source.toString());
    }

    /** As {@link #readCouplings(Path)}, from a parsed file; {@code source} names it in errors. */
    public static CouplingsFile readCouplings(JsonNode tree, String source) throws IOException {
        CouplingsFile file = MAPPER.treeToValue(tree, CouplingsFile.class);
        if (!CouplingsFile.KIND.equals(file.kind()) || file.runs() == null) {
            throw new IOException(source + ": not a couplings result file");
        }
        requireSchema(source, "couplings", file.schema(), CouplingsFile.SCHEMA);
        return file;
    }

    public static ComparisonFile readComparison(Path source) throws IOException {
        return readComparison(tree(source), source.toString());
    }

    /** As {@link #readComparison(Path)}, from a parsed file; {@code source} names it in errors. */
    public static ComparisonFile readComparison(JsonNode tree, String source) throws IOException {
        ComparisonFile file = MAPPER.treeToValue(tree, ComparisonFile.class);
        if (!ComparisonFile.KIND.equals(file.kind()) || file.rows() == null) {
            throw new IOException(source + ": not a comparison file");
        }
        // schema 1 reads as 2 without the fork columns, which the report then leaves empty
        if (file.schema() != 1) {
            requireSchema(source, "comparison", file.schema(), ComparisonFile.SCHEMA);
        }
        return file;
    }

    private static JsonNode tree(Path source) throws IOException {
        JsonNode tree = MAPPER.readTree(source.toFile());
        if (tree == null || tree.isMissingNode()) {
            throw new IOException(source + ": empty file");
        }
        return tree;
    }

    private static void requireSchema(String source, String what, int schema, int supported) throws IOException {
        if (schema != supported) {
            throw new IOException(source + ": " + what + " file schema " + schema
                    + " is not supported (this version reads schema " + supported + ")");
        }
    }
}
