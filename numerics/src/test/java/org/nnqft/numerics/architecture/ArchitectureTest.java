package org.nnqft.numerics.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The import rules of numerics' main code (docs/design.md, "Import rules"): no cycle between any two
 * of its packages, and each layer imports of ours only the layers listed for it. Test code is not
 * held to them (a theory test may draw networks to check a formula).
 */
class ArchitectureTest {
    private static final String ROOT = "org.nnqft.numerics";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    /** Each layer (a package and its subpackages) and the layers it may import, bottom up. */
    static Map<String, List<String>> layers() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("math", List.of());
        m.put("random", List.of("math"));
        m.put("spec", List.of("random", "math"));
        m.put("theory", List.of("spec", "math"));
        m.put("moments", List.of("spec", "math"));
        m.put("backend", List.of("moments", "random", "spec", "math"));
        m.put("engine", List.of("backend", "moments", "spec", "math"));
        m.put("analysis", List.of("engine", "theory", "moments", "spec", "math"));
        return m;
    }

    static Stream<String> layerNames() {
        return layers().keySet().stream();
    }

    @Test
    void noCycleBetweenPackages() {
        // (**) makes every package its own slice: backend and backend.simd, math.quadrature and math.stats
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(MAIN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layerNames")
    void eachLayerImportsOnlyTheLayersBelowItThatItNames(String layer) {
        List<String> allowed = new ArrayList<>();
        allowed.add(ROOT + "." + layer + "..");
        layers().get(layer).forEach(l -> allowed.add(ROOT + "." + l + ".."));
        classes().that().resideInAPackage(ROOT + "." + layer + "..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.nnqft..")
                        .or(resideInAnyPackage(allowed.toArray(String[]::new))))
                .check(MAIN);
    }

    @Test
    void everyPackageBelongsToALayer() {
        // a new package has to be placed in the table above (and in docs/design.md) before it is used
        String[] all = layers().keySet().stream().map(l -> ROOT + "." + l + "..").toArray(String[]::new);
        classes().should().resideInAnyPackage(all).check(MAIN);
    }
}
