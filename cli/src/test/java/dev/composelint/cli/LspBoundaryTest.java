package dev.composelint.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * LSP4J stays inside the language server module: core, rules and the command line (which only starts the server)
 * never see a protocol type. The CLI's class path holds every shipped module, so the check sees them all.
 */
class LspBoundaryTest {

    @Test
    void onlyTheLanguageServerImportsLsp4j() {
        JavaClasses shipped = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.composelint");
        classes().that().resideInAPackage("dev.composelint.lsp..").should().resideInAPackage("dev.composelint.lsp..")
                .check(shipped); // the module is on the class path at all
        noClasses().that().resideOutsideOfPackage("dev.composelint.lsp..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.lsp4j..")
                .check(shipped);
    }
}
