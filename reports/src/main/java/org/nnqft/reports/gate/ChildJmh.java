package org.nnqft.reports.gate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JMH as a child process of the JDK this command runs on (the one the launcher chose), on the
 * benchmarks jar of the same build. A child, not in-process, because JMH forks its own JVMs and
 * exits the process it runs in.
 */
public final class ChildJmh implements Jmh {
    /** Overrides where the jar is, for an installation laid out differently from the build tree. */
    public static final String JAR_PROPERTY = "nnqft.benchmarks.jar";

    @Override
    public int run(List<String> args, Path json, PrintWriter log) throws IOException, InterruptedException {
        Path jar = jar();
        // JMH 1.37 uses sun.misc.Unsafe, which JDK 24+ warns about in every fork it starts
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "--sun-misc-unsafe-memory-access=allow", "-jar", jar.toString()));
        command.addAll(args);
        command.addAll(List.of("-rf", "json", "-rff", json.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        // killed with us (Ctrl-C), not left running on a shared machine
        Thread reaper = new Thread(child::destroy);
        Runtime.getRuntime().addShutdownHook(reaper);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                log.println(line);
                log.flush();
            }
            return child.waitFor();
        } finally {
            child.destroy();
            Runtime.getRuntime().removeShutdownHook(reaper);
        }
    }

    /** benchmarks/target/benchmarks.jar beside reports/target, where this class was loaded from. */
    static Path jar() throws IOException {
        String given = System.getProperty(JAR_PROPERTY);
        Path jar;
        if (given != null) {
            jar = Path.of(given);
        } else {
            try {
                Path here = Path.of(ChildJmh.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                // reports/target/nnqft.jar or reports/target/classes: both two levels below reports/
                jar = here.getParent().getParent().getParent().resolve("benchmarks/target/benchmarks.jar");
            } catch (URISyntaxException | RuntimeException e) {
                throw new IOException("cannot tell where nnqft is installed (" + e + "); set -D" + JAR_PROPERTY);
            }
        }
        if (!Files.isRegularFile(jar)) {
            throw new IOException("no benchmarks jar at " + jar
                    + "; build it with ./nnqft build (or mvn -pl benchmarks -am package -DskipTests)");
        }
        return jar;
    }
}
