package app.outlay;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering of docs/design.md §1, as tests. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("app.outlay");
    }

    @Test
    void uiDoesNotUseThePersistenceLayerDirectly() {
        noClasses().that().resideInAPackage("app.outlay.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void uiDoesNotSeeEntities() {
        noClasses().that().resideInAPackage("app.outlay.ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Expense")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("app.outlay.domain.Category")
                .check(classes);
    }

    @Test
    void domainAndServicesDoNotUseJavaFx() {
        noClasses().that().resideInAnyPackage("app.outlay.domain..", "app.outlay.service..", "app.outlay.data..", "app.outlay.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void dataLayerDoesNotCallUp() {
        noClasses().that().resideInAPackage("app.outlay.data..")
                .should().dependOnClassesThat().resideInAnyPackage("app.outlay.service..", "app.outlay.ui..", "app.outlay.cli..")
                .check(classes);
    }

    @Test
    void servicesDoNotCallUp() {
        noClasses().that().resideInAPackage("app.outlay.service..")
                .should().dependOnClassesThat().resideInAnyPackage("app.outlay.ui..", "app.outlay.cli..")
                .check(classes);
    }

    @Test
    void commandLineDoesNotUseTheWindow() {
        noClasses().that().resideInAPackage("app.outlay.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("app.outlay.ui..", "javafx..")
                .check(classes);
    }

    @Test
    void domainDoesNotUseJavaFx() {
        noClasses().that().resideInAPackage("app.outlay.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }
}
