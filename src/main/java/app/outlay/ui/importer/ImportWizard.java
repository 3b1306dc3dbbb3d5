package app.outlay.ui.importer;

import app.outlay.csv.ImportProfiles;
import app.outlay.service.importing.ImportReport;
import app.outlay.service.importing.ImportService;
import app.outlay.service.rules.RuleService;
import app.outlay.ui.common.TaskRunner;
import app.outlay.ui.common.ModalWindows;
import app.outlay.ui.common.ViewLoader;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Opens the import wizard for one file, one wizard at a time per window: a file handed over while a wizard is open
 * (a second launch, "Open with", a drop) brings that wizard forward and waits its turn, and the wizard says what
 * comes next. Two wizards at once would each hold the ledger's import lock in turn and confuse which file is which.
 */
public final class ImportWizard {

    private final ImportService imports;
    private final Supplier<ImportProfiles> profiles;
    private final RuleService rules;
    private final TaskRunner tasks;
    private final ViewLoader views;

    /**
     * Built once by the composition root. {@code views} builds {@link ImportWizardController} with what it uses;
     * {@code profiles} is read afresh for each file.
     */
    public ImportWizard(ImportService imports, Supplier<ImportProfiles> profiles, RuleService rules, TaskRunner tasks, ViewLoader views) {
        this.imports = imports;
        this.profiles = profiles;
        this.rules = rules;
        this.tasks = tasks;
        this.views = views;
    }

    /** @param onImported called on the FX thread after the file was imported (not when the user cancels) */
    public void open(Window owner, Path file, Consumer<ImportReport> onImported) {
        Request request = new Request(file, onImported);
        Open open = (Open) owner.getProperties().get(ImportWizard.class);
        if (open == null) {
            show(owner, request, new ArrayDeque<>());
            return;
        }
        open.stage().toFront();
        open.stage().requestFocus();
        boolean known = request.sameFile(open.file()) || open.waiting().stream().anyMatch(r -> request.sameFile(r.file()));
        if (!known) {
            open.waiting().add(request);
            open.controller().showWaiting(open.waitingFiles());
        }
    }

    private void show(Window owner, Request request, Deque<Request> waiting) {
        ImportWizardModel model = new ImportWizardModel(request.file(), imports, profiles.get(), tasks);
        model.useRules(rules);
        ViewLoader.View<ImportWizardController> view = views.load(ImportWizardController.class, "ImportWizard.fxml");
        Stage stage = ModalWindows.create(owner, view.root());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        view.controller().start(stage, model, request.onImported());
        Open open = new Open(stage, request.file(), view.controller(), waiting);
        owner.getProperties().put(ImportWizard.class, open);
        open.controller().showWaiting(open.waitingFiles());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
            Request next = waiting.poll();
            if (next == null) {
                owner.getProperties().remove(ImportWizard.class);
                return;
            }
            // After this wizard has gone (and the "imported" message of its file is up), not inside its hiding. Until
            // then this entry stays, so a file handed over meanwhile joins the same queue instead of opening a wizard.
            Platform.runLater(() -> show(owner, next, waiting));
        });
        stage.show();
    }

    /** A file to import and what to do once it is imported. */
    private record Request(Path file, Consumer<ImportReport> onImported) {

        /** Whether {@code other} names the same file (a relative path from a drop, an absolute one from a launch). */
        boolean sameFile(Path other) {
            return file.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize());
        }
    }

    /** The wizard open over a window, on {@code file}, and the files waiting for it to close, in order. */
    private record Open(Stage stage, Path file, ImportWizardController controller, Deque<Request> waiting) {

        List<Path> waitingFiles() {
            return waiting.stream().map(Request::file).toList();
        }
    }
}
