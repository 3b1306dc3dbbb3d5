package app.outlay.ui.expenses;

import app.outlay.service.expense.ExpenseOrder;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.ui.common.ColumnTitles;
import app.outlay.ui.common.NextFrame;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.beans.value.ObservableValue;
import javafx.scene.text.TextAlignment;
import app.outlay.service.ledger.LedgerUpgrade;
import java.text.MessageFormat;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.BooleanSupplier;

/**
 * The expense table's behaviour: pages read as the user scrolls, sorting by the database, the keys and clicks that
 * edit and delete, the selection kept across reloads, and what the empty table says. What the columns show is
 * {@link ExpenseColumns}; the rows come from {@link ExpenseListViewModel}.
 */
final class ExpenseTable {

    /** Rows from the end of those loaded at which the next page is shown. */
    private static final int NEAR_THE_END = 40;

    /** How long "Loading…" stands alone before a spinner joins it (see {@link #loading()}). */
    private static final Duration SPINNER_AFTER = Duration.millis(700);

    /** What the table asks of the screen. */
    interface Actions {
        void add();

        void edit(ExpenseRow row);

        void deleteSelected();

        void clearFilters();
    }

    /** "Wocheneinkauf Supermarkt" whole; more is shared with the notes. */
    private static final double DESCRIPTION_READABLE = 200;
    private static final double DESCRIPTION_AT_LEAST = 60;
    private static final double NOTES_AT_LEAST = 40;
    private static final double SCROLL_BAR_ROOM = 18;

    private final TableView<ExpenseRow> table;
    private final ObservableValue<LedgerUpgrade> upgrade;
    private final ExpenseListViewModel model;
    private final ResourceBundle resources;
    private final BooleanSupplier databaseOpen;
    private final Actions actions;
    /** A look for the end of the loaded rows waits for the next layout (one per pulse, however many wheel events). */
    private boolean checkPending;

    /** @param amounts what the amounts need of the amount column (from {@link ExpenseColumns#setUp}) */
    ExpenseTable(TableView<ExpenseRow> table, ExpenseListViewModel model, AmountWidths amounts, ResourceBundle resources,
                 BooleanSupplier databaseOpen, ObservableValue<LedgerUpgrade> upgrade, Actions actions) {
        this.table = table;
        this.upgrade = upgrade;
        this.model = model;
        this.resources = resources;
        this.databaseOpen = databaseOpen;
        this.actions = actions;
        table.setItems(model.rows());
        amounts.follow(model.rows());
        readPagesAsTheUserScrolls();
        // Extra width goes to the text columns (date, category and amount stop at their maximum), not to Amount alone.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        giveTheDescriptionTheRoom(amounts);
        // Sorting is the database's job: a click on a header reads the list again in that order.
        table.setSortPolicy(view -> {
            ExpenseOrder wanted = orderFor(view.getSortOrder());
            if (wanted != model.orderProperty().get()) {
                model.orderProperty().set(wanted);
                reload();
            }
            return true;
        });
        setUpEditing();
        table.placeholderProperty().bind(Bindings.createObjectBinding(this::placeholder,
                model.ledgerCountProperty(), model.summaryProperty(), upgrade));
    }

    /**
     * Amounts are shown whole first: the amount column is as wide as the widest amount loaded needs, as far as the
     * description and notes keep their least (a figure cut short reads as another number; tester2 D4). The
     * description is what people read next: it takes what the other columns leave at their minimum widths, up to
     * a typical description's width; then the notes get room for their title; what is left is shared. Shared evenly,
     * the description read "Wocheneinka…" beside wide notes at 1280 px in German; a fixed minimum instead pushed the
     * amounts out of a narrow window.
     */
    private void giveTheDescriptionTheRoom(AmountWidths amounts) {
        TableColumn<ExpenseRow, Object> description = ExpenseColumns.named(table, "description");
        TableColumn<ExpenseRow, Object> notes = ExpenseColumns.named(table, "notes");
        TableColumn<ExpenseRow, Object> amount = ExpenseColumns.named(table, "amount");
        double amountLeast = amount.getMinWidth();
        double amountMost = amount.getMaxWidth();
        javafx.beans.InvalidationListener fit = obs -> {
            double others = table.getColumns().stream().filter(column -> column != description && column != notes && column != amount)
                    .mapToDouble(TableColumn::getMinWidth).sum();
            double room = widthGiven() - table.snappedLeftInset() - table.snappedRightInset() - others - SCROLL_BAR_ROOM;
            double amountWidth = AmountWidths.columnWidth(amounts.neededProperty().get(), room - DESCRIPTION_AT_LEAST - NOTES_AT_LEAST,
                    amountLeast);
            double left = room - amountWidth;
            double descriptionWidth = Math.max(DESCRIPTION_AT_LEAST, Math.min(DESCRIPTION_READABLE, Math.floor(left - NOTES_AT_LEAST)));
            double notesWidth = Math.max(NOTES_AT_LEAST, Math.min(ColumnTitles.titleWidth(table, notes), Math.floor(left - descriptionWidth)));
            if (descriptionWidth != description.getMinWidth() || notesWidth != notes.getMinWidth() || amountWidth != amount.getMinWidth()) {
                amount.setMaxWidth(Math.max(amountMost, amountWidth));
                amount.setMinWidth(amountWidth);
                description.setMinWidth(descriptionWidth);
                notes.setMinWidth(notesWidth);
                // The policy shares the width again only when the table's width changes: ask it now.
                table.getColumnResizePolicy().call(new TableView.ResizeFeatures<>(table, null, 0.0));
            }
        };
        // Now, and after the layout that changed the width: the titles are measured once drawn.
        javafx.beans.InvalidationListener fitNowAndAfterLayout = obs -> {
            fit.invalidated(obs);
            javafx.application.Platform.runLater(() -> fit.invalidated(obs));
        };
        table.widthProperty().addListener(fitNowAndAfterLayout);
        // The window's width too: a table its columns' minimums made wider than the window keeps that width.
        table.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.widthProperty().addListener(fitNowAndAfterLayout);
            }
        });
        table.getColumns().addListener((javafx.collections.ListChangeListener<TableColumn<ExpenseRow, ?>>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(column -> column.minWidthProperty().addListener(fit));
            }
            fit.invalidated(null);
        });
        table.getColumns().stream().filter(column -> column != description && column != notes && column != amount)
                .forEach(column -> column.minWidthProperty().addListener(fit));
        amounts.neededProperty().addListener(fit);
    }

    /**
     * The width the window gives the table: to its right edge, less what stands beside it (the budgets). Not the
     * table's own width, which the columns' minimum widths can push past the window's edge, and which would then
     * make room that is not on screen.
     */
    private double widthGiven() {
        if (table.getScene() == null || table.getParent() == null) {
            return table.getWidth();
        }
        double beside = table.getParent().getChildrenUnmodifiable().stream().filter(node -> node != table && node.isManaged())
                .mapToDouble(node -> node.getLayoutBounds().getWidth()).sum();
        return Math.min(table.getWidth(), table.getScene().getWidth() - table.localToScene(0, 0).getX() - beside);
    }

    /**
     * When the user scrolls or moves near the end of what is loaded, show the next page. Only user input counts:
     * while laying out, the table moves its rows to estimates that say nothing about what the user looks at.
     * A key has moved the focus once the table has handled it: the rows come before the next layout, which then shows
     * them (End at a million expenses: the frame after the key instead of the one after it). Every input is looked at
     * again right after the layout that answers it, once the table has moved its rows (a fixed 60 ms wait here was
     * most of the time "next page" took) — and once more a little later, for a busy machine whose layout had not yet
     * caught up with the input by then (a second call while a page loads does nothing).
     */
    private void readPagesAsTheUserScrolls() {
        PauseTransition settleSlowly = new PauseTransition(Duration.millis(400));
        settleSlowly.setOnFinished(event -> loadMoreIfNearTheEnd());
        Runnable checkSoon = () -> {
            checkAfterTheNextLayout();
            settleSlowly.playFromStart();
        };
        table.addEventFilter(ScrollEvent.SCROLL, event -> checkSoon.run());
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Platform.runLater(this::loadMoreIfTheFocusIsNearTheEnd);
            checkSoon.run();
        });
        table.addEventFilter(MouseEvent.MOUSE_DRAGGED, event -> checkSoon.run());
        table.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> checkAfterTheNextLayout());
    }

    private void checkAfterTheNextLayout() {
        if (checkPending || table.getScene() == null) {
            return;
        }
        checkPending = true;
        NextFrame.then(table.getScene(), () -> {
            checkPending = false;
            loadMoreIfNearTheEnd();
        });
        // An input that moved nothing asks for no pulse; without one the look would wait for an unrelated layout.
        Platform.requestNextPulse();
    }

    private void loadMoreIfNearTheEnd() {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getLastVisibleCell() != null
                && isNearTheEnd(flow.getLastVisibleCell().getIndex())) {
            model.loadMore();
        }
    }

    /** The table scrolls the focused row into view: focus near the end is the user looking there. */
    private void loadMoreIfTheFocusIsNearTheEnd() {
        int focused = table.getFocusModel().getFocusedIndex();
        if (focused >= 0 && isNearTheEnd(focused)) {
            model.loadMore();
        }
    }

    private boolean isNearTheEnd(int index) {
        return index >= table.getItems().size() - NEAR_THE_END;
    }

    /** A double click or Enter edits the row; Delete or Backspace deletes the selected rows. */
    private void setUpEditing() {
        table.setRowFactory(view -> {
            TableRow<ExpenseRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    actions.edit(row.getItem());
                }
            });
            return row;
        });
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setOnKeyPressed(event -> {
            ExpenseRow selected = table.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (event.getCode() == KeyCode.ENTER) {
                actions.edit(selected);
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                actions.deleteSelected();
                event.consume();
            }
        });
    }

    /** The database order for the table's sort columns; no sort column means newest first. */
    private static ExpenseOrder orderFor(List<TableColumn<ExpenseRow, ?>> sortOrder) {
        if (sortOrder.isEmpty()) {
            return ExpenseOrder.NEWEST_FIRST;
        }
        TableColumn<ExpenseRow, ?> column = sortOrder.get(0);
        boolean ascending = column.getSortType() == TableColumn.SortType.ASCENDING;
        return switch (ExpenseColumns.name(column)) {
            case "amount" -> ascending ? ExpenseOrder.SMALLEST_FIRST : ExpenseOrder.LARGEST_FIRST;
            case "description" -> ascending ? ExpenseOrder.DESCRIPTION_A_TO_Z : ExpenseOrder.DESCRIPTION_Z_TO_A;
            default -> ascending ? ExpenseOrder.OLDEST_FIRST : ExpenseOrder.NEWEST_FIRST;
        };
    }

    /**
     * What the empty table says: loading, a welcome for a new ledger, or that the filters hide everything. Until
     * the ledger's count is known it is loading: an empty first page alone (rows read early at start-up, or
     * before the totals come) does not tell a new ledger from filters that hide everything.
     */
    private Node placeholder() {
        if (model.ledgerCountProperty().get() < 0) {
            return loading();
        }
        if (model.ledgerCountProperty().get() == 0) {
            Label title = new Label(resources.getString("state.empty.title"));
            title.getStyleClass().add("state-title");
            Label text = new Label(resources.getString("state.empty.text"));
            Button add = new Button(resources.getString("state.empty.action"));
            add.getStyleClass().add("accent");
            add.setOnAction(event -> actions.add());
            Label hint = new Label(resources.getString("state.empty.hint"));
            hint.getStyleClass().add("state-hint");
            return state("state-empty", title, text, add, hint);
        }
        Label title = new Label(resources.getString("state.noMatch.title"));
        title.getStyleClass().add("state-title");
        Button clear = new Button(resources.getString("state.noMatch.action"));
        clear.setOnAction(event -> actions.clearFilters());
        return state("state-no-match", title, clear);
    }

    /**
     * "Loading…", and a spinner only once the wait is long enough to notice. At start-up this shows from the window
     * until the first page, and a spinning indicator redrawn 60 times a second took CPU from the thread opening the
     * ledger on a two-core machine (software rendering, as on Xvfb or a VM without GPU).
     */
    private VBox loading() {
        LedgerUpgrade upgrading = upgrade.getValue();
        VBox box = upgrading == null ? state("state-loading", new Label(resources.getString("state.loading")))
                : state("state-loading", upgradingTitle(), upgradingDetail(upgrading));
        PauseTransition wait = new PauseTransition(SPINNER_AFTER);
        wait.setOnFinished(event -> {
            if (table.getPlaceholder() == box) {
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.setMaxSize(36, 36);
                box.getChildren().add(0, spinner);
            }
        });
        wait.play();
        return box;
    }

    private Label upgradingTitle() {
        Label title = new Label(resources.getString("state.upgrading"));
        title.getStyleClass().add("state-title");
        return centredParagraph(title);
    }

    /** How long it may take, and where the copy taken before it is (a server ledger rolls back instead). */
    private Label upgradingDetail(LedgerUpgrade upgrading) {
        Label detail = new Label(upgrading.backup() == null ? resources.getString("state.upgrading.rollsBack")
                : MessageFormat.format(resources.getString("state.upgrading.copy"), upgrading.backup()));
        return centredParagraph(detail);
    }

    private static Label centredParagraph(Label label) {
        label.setWrapText(true);
        label.setMaxWidth(520);
        label.setTextAlignment(TextAlignment.CENTER);
        return label;
    }

    private static VBox state(String styleClass, Node... children) {
        VBox box = new VBox(10, children);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().addAll("table-state", styleClass);
        return box;
    }

    /** Reads the list again from its first page (other filters or order), unless no database is open yet. */
    void reload() {
        // Filters restored at start change before the database is open; its opening loads the list then.
        if (databaseOpen.getAsBoolean()) {
            model.reload(this::scrollToTop);
        }
    }

    /** A new list (other filters, another order, another database) starts at its top. */
    void scrollToTop() {
        if (!table.getItems().isEmpty()) {
            table.scrollTo(0);
            // Once more after the next layout: a table that was empty keeps its old position through it.
            Platform.runLater(() -> table.scrollTo(0));
        }
    }

    /** After a reload caused elsewhere: the same expenses stay selected, so the user does not lose their place. */
    Runnable keepSelection() {
        List<Long> selected = selectedIds();
        boolean wasEmpty = table.getItems().isEmpty();
        return () -> {
            select(selected);
            if (wasEmpty) {
                scrollToTop();
            }
        };
    }

    List<Long> selectedIds() {
        return selectedRows().stream().map(ExpenseRow::id).toList();
    }

    List<ExpenseRow> selectedRows() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    ExpenseRow selectedRow() {
        return table.getSelectionModel().getSelectedItem();
    }

    int selectedIndex() {
        return table.getSelectionModel().getSelectedIndex();
    }

    void select(List<Long> ids) {
        table.getItems().stream().filter(r -> ids.contains(r.id())).forEach(r -> table.getSelectionModel().select(r));
    }

    /** Selects the saved row and scrolls to it, so the user sees where it went. */
    void showSaved(ExpenseRow saved) {
        table.getItems().stream().filter(r -> r.id() == saved.id()).findFirst().ifPresent(r -> {
            table.getSelectionModel().clearAndSelect(table.getItems().indexOf(r));
            table.scrollTo(r);
        });
        table.requestFocus();
    }

    /** After rows were deleted: the row now where the first of them was stays selected (or the last one). */
    void selectNear(int index) {
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().clearAndSelect(Math.max(0, Math.min(index, table.getItems().size() - 1)));
        }
        table.requestFocus();
    }

    void focus() {
        table.requestFocus();
    }

    /** The window the table is in, to own the dialogs opened from it. */
    Window window() {
        return table.getScene().getWindow();
    }

    /** From the search field: into the table, on its first row. */
    void enterAtTheTop() {
        table.requestFocus();
        table.getSelectionModel().selectFirst();
    }

    BooleanBinding nothingSelected() {
        return table.getSelectionModel().selectedItemProperty().isNull();
    }

    /** The table's sort as {@code column:ascending} or {@code column:descending}; empty for the default, newest first. */
    String sortDescription() {
        if (table.getSortOrder().isEmpty()) {
            return "";
        }
        TableColumn<ExpenseRow, ?> column = table.getSortOrder().get(0);
        return ExpenseColumns.name(column) + ":" + (column.getSortType() == TableColumn.SortType.ASCENDING ? "ascending" : "descending");
    }

    /** Sorts as {@link #sortDescription()} described; an unknown or unsortable column leaves the default order. */
    void restoreSort(String description) {
        String[] parts = description.strip().split(":");
        table.getColumns().stream()
                .filter(column -> column.isSortable() && ExpenseColumns.name(column).equals(parts[0]))
                .findFirst()
                .ifPresent(column -> {
                    column.setSortType(parts.length > 1 && parts[1].equals("ascending")
                            ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                    table.getSortOrder().setAll(List.of(column));
                });
    }
}
