package app.outlay.ui.importer;

import app.outlay.AppContext;
import app.outlay.service.ImportReport;
import app.outlay.ui.common.ModalWindows;
import app.outlay.ui.common.ViewLoader;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Opens the import wizard for one file. */
public final class ImportWizard {

    private ImportWizard() {
    }

    /** @param onImported called on the FX thread after the file was imported (not when the user cancels) */
    public static void open(AppContext context, Window owner, Path file, Consumer<ImportReport> onImported) {
        ImportWizardModel model = new ImportWizardModel(file, context.imports(), context.importProfiles(), context.tasks());
        ViewLoader.View<ImportWizardController> view = context.views().load(ImportWizardController.class, "ImportWizard.fxml");
        Stage stage = ModalWindows.create(owner, view.root());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        view.controller().start(stage, model, onImported);
        stage.show();
    }
}
