package app.outlay;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering of docs/architecture.md, as tests. */
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

    /**
     * Screens reach the database through services only. The exceptions are values both sides must name, each
     * immutable and free of connections: moving them out of data/ would rename them in some sixty files for nothing.
     */
    private static final Class<?>[] DATA_VALUES_THE_UI_MAY_NAME = {
        // the settings of a target: the settings form builds one, the start-up dialog shows one
        app.outlay.data.DatabaseSettings.class,
        // why a database could not be reached, in words a user understands
        app.outlay.data.ConnectionProblem.class,
        // a role and a member of a shared ledger, as the members window lists them
        app.outlay.data.LedgerRoles.Role.class, app.outlay.data.LedgerRoles.Member.class,
        // what a backup or restore copied: counts and the total
        app.outlay.data.DatabaseCopy.Contents.class,
    };

    @Test
    void uiDoesNotUseTheDataLayer() {
        noClasses().that().resideInAPackage("app.outlay.ui..")
                .should().dependOnClassesThat(resideInAPackage("app.outlay.data..")
                        .and(not(belongToAnyOf(DATA_VALUES_THE_UI_MAY_NAME))))
                .check(classes);
    }

    /**
     * Screens and dialogs get in their constructors only the services and state they use, never the composition
     * root. The window's shell ({@link app.outlay.ui.main.MainWindow}) too: it is handed the parts it uses
     * ({@link app.outlay.ui.main.WindowShellParts}), which the root implements.
     */
    @Test
    void screensDoNotSeeTheCompositionRoot() {
        noClasses().that().resideInAPackage("app.outlay.ui..")
                .should().dependOnClassesThat().belongToAnyOf(AppContext.class, OutlayApp.class, Launcher.class)
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
