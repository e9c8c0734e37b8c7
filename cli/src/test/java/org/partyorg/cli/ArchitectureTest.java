package org.partyorg.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module arrows of docs/design.md, checked on the compiled classes: core knows nothing of
 * partyorg's other modules; only the Jackson 3 module knows Jackson 3; the library modules never reach the command line, the generator or the fixtures; a
 * module's implementation packages are reached only from inside it (or, for the engine's, from the
 * one module its module-info exports them to).
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.partyorg");
    }

    @Test
    void coreDependsOnNoOtherPartyorgModule() {
        noClasses().that().resideInAPackage("org.partyorg.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.partyorg.validation..",
                        "org.partyorg.serialization..", "org.partyorg.jackson3..", "org.partyorg.divisions..",
                        "org.partyorg.generator..", "org.partyorg.fixtures..", "org.partyorg.cli..")
                .check(classes);
    }

    @Test
    void theLibraryNeverReachesTheCommandLineTheGeneratorOrTheFixtures() {
        noClasses().that().resideInAnyPackage("org.partyorg.core..", "org.partyorg.validation..",
                        "org.partyorg.serialization..", "org.partyorg.jackson3..", "org.partyorg.divisions..")
                .should().dependOnClassesThat().resideInAnyPackage("org.partyorg.cli..", "org.partyorg.generator..",
                        "org.partyorg.fixtures..")
                .check(classes);
    }

    @Test
    void theCommandLineAndTheGeneratorNeedNoTestSupport() {
        noClasses().that().resideInAnyPackage("org.partyorg.cli..", "org.partyorg.generator..")
                .should().dependOnClassesThat().resideInAnyPackage("org.partyorg.fixtures..", "org.assertj..",
                        "org.junit..")
                .check(classes);
    }

    @Test
    void validationNeverReachesSerialization() {
        noClasses().that().resideInAPackage("org.partyorg.validation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.partyorg.serialization..", "org.partyorg.jackson3..",
                        "org.partyorg.divisions..")
                .check(classes);
    }

    @Test
    void onlyTheJackson3ModuleKnowsJackson3() {
        noClasses().that().resideOutsideOfPackage("org.partyorg.jackson3..")
                .should().dependOnClassesThat().resideInAPackage("tools.jackson..")
                .check(classes);
        // the readers, the writers and the Jackson 2 module never reach the Jackson 3 side
        noClasses().that().resideInAPackage("org.partyorg.serialization..")
                .should().dependOnClassesThat().resideInAPackage("org.partyorg.jackson3..")
                .check(classes);
    }

    @Test
    void implementationPackagesStayInsideTheirModules() {
        noClasses().that().resideOutsideOfPackages("org.partyorg.core..", "org.partyorg.validation..",
                        "org.partyorg.serialization..")
                .should().dependOnClassesThat().resideInAPackage("org.partyorg.core.internal..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.partyorg.divisions..")
                .should().dependOnClassesThat().resideInAPackage("org.partyorg.divisions.internal..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.partyorg.generator..", "org.partyorg.fixtures..")
                .should().dependOnClassesThat().resideInAPackage("org.partyorg.generator.internal..")
                .check(classes);
        // the binder and the record writer: serialization's, and the Jackson 3 module's (a qualified export)
        noClasses().that().resideOutsideOfPackages("org.partyorg.serialization..", "org.partyorg.jackson3..")
                .should().dependOnClassesThat().resideInAPackage("org.partyorg.serialization.internal.bind..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.partyorg.validation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.partyorg.validation.internal.index..",
                        "org.partyorg.validation.internal.beanvalidation..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.partyorg.validation..", "org.partyorg.serialization..")
                .should().dependOnClassesThat().resideInAPackage("org.partyorg.validation.internal.rules..")
                .check(classes);
    }
}
