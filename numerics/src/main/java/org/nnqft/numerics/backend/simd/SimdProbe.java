package org.nnqft.numerics.backend.simd;

import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * Whether the Vector API can run here at full speed, and if not, why. It reads the module layer
 * and the JVM's options before any class that touches jdk.incubator.vector is loaded, so a JVM
 * started without {@code --add-modules jdk.incubator.vector} falls back instead of failing.
 */
public final class SimdProbe {
    private SimdProbe() {
    }

    /** Empty if the SIMD backend is usable; otherwise the reason, in one line. */
    public static Optional<String> unavailableReason() {
        boolean module = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        int bits = module ? PreferredBits.get() : 0;
        return reason(module, bits, c2Enabled());
    }

    /** The rule, apart from the probing, so tests can state it. */
    static Optional<String> reason(boolean modulePresent, int preferredBits, boolean c2) {
        if (!modulePresent) {
            return Optional.of("module jdk.incubator.vector is not readable (start the JVM with --add-modules jdk.incubator.vector)");
        }
        if (preferredBits < 256) {
            return Optional.of("the preferred vector size is " + preferredBits + " bits, under 256");
        }
        if (!c2) {
            return Optional.of("the C2 compiler is off, and without it the Vector API runs far slower than scalar code");
        }
        return Optional.empty();
    }

    private static boolean c2Enabled() {
        if (String.valueOf(System.getProperty("java.vm.info")).contains("interpreted")) {
            return false;
        }
        try {
            var bean = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return bean == null || Integer.parseInt(bean.getVMOption("TieredStopAtLevel").getValue()) >= 4;
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** Loaded only once the module is known to be readable. */
    private static final class PreferredBits {
        static int get() {
            return jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED.vectorBitSize();
        }
    }
}
