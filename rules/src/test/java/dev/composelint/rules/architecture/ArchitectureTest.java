package dev.composelint.rules.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of the code the project ships: core has no package cycle and knows nothing of the front ends or of
 * the rules; rules see the model, the topology and the sidecars, never the loader's internals.
 */
class ArchitectureTest {

    private static JavaClasses core;
    private static JavaClasses rules;

    @BeforeAll
    static void importClasses() {
        ClassFileImporter importer = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
        core = importer.importPackages("dev.composelint.core");
        rules = importer.importPackages("dev.composelint.rules");
    }

    @Test
    void coreHasNoPackageCycle() {
        slices().matching("dev.composelint.core.(**)").should().beFreeOfCycles().check(core);
    }

    @Test
    void coreKnowsNoFrontEndAndNoRule() {
        noClasses().that().resideInAPackage("dev.composelint.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.composelint.rules..", "dev.composelint.cli..", "dev.composelint.maven..",
                        "dev.composelint.lsp..", "picocli..", "org.apache.maven..", "org.eclipse.lsp4j..",
                        "com.google.gson..")
                .check(core);
    }

    @Test
    void theModelParsesItsOwnFactsWithoutTheLoader() {
        noClasses().that().resideInAPackage("dev.composelint.core.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.composelint.core.load..", "dev.composelint.core.syntax..", "dev.composelint.core.yaml..",
                        "dev.composelint.core.merge..", "dev.composelint.core.interp..")
                .check(core);
    }

    @Test
    void rulesDoNotReachIntoTheLoader() {
        noClasses().that().resideInAPackage("dev.composelint.rules..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.composelint.core.load..", "dev.composelint.core.syntax..",
                        "dev.composelint.core.fs..", "dev.composelint.core.yaml..")
                .check(rules);
    }
}
