package app.outlay.ui.expenses;

import app.outlay.AppContext;
import app.outlay.StartupTimes;
import app.outlay.service.CategoryRow;
import app.outlay.service.ChangedElsewhereException;
import app.outlay.service.ExpenseOrder;
import app.outlay.service.ExpenseRow;
import app.outlay.domain.EntryKind;
import app.outlay.service.ExpenseSummary;
import app.outlay.service.UndoRefusedException;
import app.outlay.text.Explained;
import app.outlay.ui.common.CategoryCell;
import app.outlay.ui.common.TypeAhead;
import app.outlay.ui.common.NextFrame;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Function;

/** The expense list: filters, the table, add/edit/delete, and the total of what is shown. */
public final class ExpensesController {

    private final AppContext context;
    private final ExpenseListViewModel model;
    private final DateTimeFormatter dateFormat;

    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private TextField searchField;
    @FXML private ComboBox<Period> periodBox;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<CategoryRow> categoryBox;
    @FXML private TableView<ExpenseRow> table;
    @FXML private TableColumn<ExpenseRow, LocalDate> dateColumn;
    @FXML private TableColumn<ExpenseRow, String> descriptionColumn;
    @FXML private TableColumn<ExpenseRow, ExpenseRow> categoryColumn;
    @FXML private TableColumn<ExpenseRow, String> notesColumn;
    @FXML private TableColumn<ExpenseRow, BigDecimal> amountColumn;
    @FXML private ComboBox<EntryKind> kindBox;
    @FXML private Label receivedCaption;
    @FXML private Label receivedLabel;
    @FXML private Label netCaption;
    @FXML private Label netLabel;
    @FXML private MenuItem contextEdit;
    @FXML private MenuItem contextDelete;
    @FXML private Label shownLabel;
    @FXML private Label totalCaption;
    @FXML private Label totalLabel;
    @FXML private VBox budgetPanel;
    @FXML private HBox noticeBar;
    @FXML private Label noticeLabel;
    @FXML private ResourceBundle resources;
    private BudgetPanel budgets;
    private final PauseTransition typing = new PauseTransition(Duration.millis(250));
    /** The next undo, read from the change log (so it survives a restart); null label when there is none. */
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper();
    private Long undoBatch;
    /** True while this view announces its own change, which it has already shown. */
    private boolean announcing;

    public ExpensesController(AppContext context) {
        this.context = context;
        this.model = new ExpenseListViewModel(context.expenses(), context.categories(), context.ledger(),
                context.tasks(), Clock.systemDefaultZone(), context.texts());
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(context.locale());
    }

    @FXML
    private void initialize() {
        setUpColumns();
        setUpFilters();
        setUpTable();
        setUpTotals();
        budgets = new BudgetPanel(budgetPanel, context.locale(), context::money, resources);
        // In a narrow window the table needs the room more than the budgets do.
        budgetPanel.managedProperty().bind(budgetPanel.visibleProperty());
        budgetPanel.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                budgetPanel.visibleProperty().bind(scene.widthProperty().greaterThanOrEqualTo(1000));
            }
        });
        noticeBar.managedProperty().bind(noticeBar.visibleProperty());
        // Another currency: the same numbers, written again (the totals are bound, the cells and budgets are not).
        context.whileViewsLive(context.moneyProperty(), (obs, old, money) -> {
            table.refresh();
            if (databaseOpen()) {
                loadBudgets();
            }
        });
        context.whileViewsLive(context.ledgerChangesProperty(), (obs, old, count) -> {
            if (!announcing) {
                model.reloadCategories();
                model.refresh(keepSelection());
                loadBudgets();
            }
        });
        context.showEarlyPagesIn(ExpenseListViewModel.PAGE_SIZE, page -> {
            if (!databaseOpen() && model.showEarly(page)) {
                NextFrame.then(table.getScene(), () -> StartupTimes.reached(StartupTimes.FIRST_PAGE_SHOWN));
            }
        });
        // Start in the table, where arrows, Enter and Delete work; the search field is one Ctrl+F away.
        Platform.runLater(table::requestFocus);
        context.whileViewsLive(context.activeDatabaseProperty(), (obs, old, database) -> {
            if (database != null) {
                typing.stop(); // a search restored at start: this load includes it
                loadAll();
            }
        });
        // Built again in another language while a database is open: it shows at once.
        if (context.activeDatabaseProperty().get() != null) {
            loadAll();
        }
    }

    private void loadAll() {
        // The rows first: the worker runs tasks in order, and the rows are what the user came for.
        model.reload(() -> {
            scrollToTop();
            NextFrame.then(table.getScene(), () -> StartupTimes.reached(StartupTimes.FIRST_PAGE_SHOWN));
        });
        refreshUndo();
        model.reloadCategories();
        loadBudgets();
    }

    /**
     * Continues where the view this one replaces left off (the window was rebuilt in another language): the same
     * filters, search and selection.
     */
    public void takeOver(ExpensesController previous) {
        ExpenseListViewModel old = previous.model;
        model.setCategories(List.copyOf(old.categories()));
        model.customFromProperty().set(old.customFromProperty().get());
        model.customToProperty().set(old.customToProperty().get());
        model.periodProperty().set(old.periodProperty().get());
        model.categoryProperty().set(old.categoryProperty().get());
        model.searchProperty().set(old.searchProperty().get());
        List<Long> selected = previous.table.getSelectionModel().getSelectedItems().stream().map(ExpenseRow::id).toList();
        model.reload(() -> table.getItems().stream().filter(r -> selected.contains(r.id()))
                .forEach(r -> table.getSelectionModel().select(r)));
    }

    /** The expense table, for the window's layout (column order and widths). */
    public TableView<ExpenseRow> table() {
        return table;
    }

    private void setUpColumns() {
        dateColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().date()));
        dateColumn.setCellFactory(column -> textCell(dateFormat::format, Pos.CENTER_LEFT));
        descriptionColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().description()));
        notesColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().notes()));
        notesColumn.setCellFactory(column -> textCell(notes -> notes.lines().findFirst().orElse(""), Pos.CENTER_LEFT));
        categoryColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        // The database sorts (date, amount, description: each with an index and keyset paging); these two are not.
        categoryColumn.setSortable(false);
        notesColumn.setSortable(false);
        categoryColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(ExpenseRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null || row.categoryId() == null) {
                    setText(empty || row == null ? null : "\u2014");
                    setGraphic(null);
                } else {
                    setText(row.categoryName());
                    setGraphic(CategoryCell.dot(row.categoryColour(), row.categoryName(), resources));
                }
            }
        });
        amountColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().amount()));
        // The header names the currency, so the cells hold plain numbers that line up.
        amountColumn.textProperty().bind(Bindings.createStringBinding(
                () -> text("column.amount.currency", context.money().symbol()), context.moneyProperty()));
        amountColumn.setCellFactory(column -> new EntryAmountCell(context, resources));
    }

    private void setUpFilters() {
        periodBox.getItems().setAll(Period.values());
        periodBox.setCellFactory(list -> periodCell());
        periodBox.setButtonCell(periodCell());
        periodBox.valueProperty().bindBidirectional(model.periodProperty());
        fromPicker.valueProperty().bindBidirectional(model.customFromProperty());
        toPicker.valueProperty().bindBidirectional(model.customToProperty());
        for (DatePicker picker : new DatePicker[] {fromPicker, toPicker}) {
            picker.visibleProperty().bind(model.periodProperty().isEqualTo(Period.CUSTOM));
            picker.managedProperty().bind(picker.visibleProperty());
        }
        categoryBox.setItems(withAllChoice());
        categoryBox.setCellFactory(list -> new CategoryCell(resources));
        categoryBox.setButtonCell(new CategoryCell(resources));
        TypeAhead.forCategories(categoryBox);
        categoryBox.valueProperty().bindBidirectional(model.categoryProperty());
        kindBox.getItems().setAll(null, EntryKind.EXPENSE, EntryKind.REFUND, EntryKind.INCOME);
        kindBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(EntryKind kind) {
                return resources.getString(kind == null ? "kind.all" : "kind.filter." + kind.key());
            }

            @Override
            public EntryKind fromString(String text) {
                return null;
            }
        });
        kindBox.valueProperty().bindBidirectional(model.kindProperty());
        model.kindProperty().addListener((obs, old, kind) -> {
            if (databaseOpen()) {
                model.reload(this::scrollToTop);
            }
        });

        // Typing is debounced so a query runs once the user pauses, not on every key.
        typing.setOnFinished(event -> {
            if (databaseOpen()) {
                model.reload(this::scrollToTop);
            }
        });
        searchField.textProperty().bindBidirectional(model.searchProperty());
        searchField.textProperty().addListener((obs, old, text) -> typing.playFromStart());
        searchField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && !searchField.getText().isEmpty()) {
                searchField.clear();
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
                event.consume();
            }
        });
        model.periodProperty().addListener((obs, old, period) -> refreshWithBudgets());
        model.customFromProperty().addListener((obs, old, date) -> refreshWithBudgets());
        model.customToProperty().addListener((obs, old, date) -> refreshWithBudgets());
        model.categoryProperty().addListener((obs, old, category) -> {
            if (old != null && category != null && old.id() != category.id() && databaseOpen()) {
                model.reload(this::scrollToTop);
            }
        });
    }

    private ObservableList<CategoryRow> withAllChoice() {
        ObservableList<CategoryRow> choices = FXCollections.observableArrayList();
        Runnable rebuild = () -> {
            choices.setAll(ExpenseListViewModel.ALL_CATEGORIES);
            choices.addAll(model.categories());
        };
        rebuild.run();
        model.categories().addListener((ListChangeListener<CategoryRow>) change -> rebuild.run());
        return choices;
    }

    private void setUpTable() {
        table.setItems(model.rows());
        setUpReceiptsAndTags();
        // When the user scrolls or moves near the end of what is loaded, read the next page. Only user input counts:
        // while laying out, the table moves its rows to estimates that say nothing about what the user looks at.
        // Checked a moment later, once the table has moved and laid out its rows — and once more a little later, for a
        // busy machine whose layout pulse came after the first look (a second call while a page loads does nothing).
        PauseTransition settle = new PauseTransition(Duration.millis(60));
        settle.setOnFinished(event -> loadMoreIfNearTheEnd());
        PauseTransition settleSlowly = new PauseTransition(Duration.millis(400));
        settleSlowly.setOnFinished(event -> loadMoreIfNearTheEnd());
        Runnable checkSoon = () -> {
            settle.playFromStart();
            settleSlowly.playFromStart();
        };
        table.addEventFilter(ScrollEvent.SCROLL, event -> checkSoon.run());
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> checkSoon.run());
        table.addEventFilter(MouseEvent.MOUSE_DRAGGED, event -> checkSoon.run());
        table.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> settle.playFromStart());
        // Extra width goes to the text columns (date, category and amount stop at their maximum), not to Amount alone.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Sorting is the database's job: a click on a header reads the list again in that order.
        table.setSortPolicy(view -> {
            ExpenseOrder wanted = orderFor(view.getSortOrder());
            if (wanted != model.orderProperty().get()) {
                model.orderProperty().set(wanted);
                if (databaseOpen()) {
                    model.reload(this::scrollToTop);
                }
            }
            return true;
        });
        table.setRowFactory(view -> {
            TableRow<ExpenseRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
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
                edit(selected);
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                onDelete();
                event.consume();
            }
        });
        var nothingSelected = table.getSelectionModel().selectedItemProperty().isNull();
        // A viewer's window changes nothing (LedgerRoles): the server would refuse it anyway.
        var readOnly = context.readOnly();
        editButton.disableProperty().bind(nothingSelected.or(readOnly));
        deleteButton.disableProperty().bind(nothingSelected.or(readOnly));
        contextEdit.disableProperty().bind(nothingSelected.or(readOnly));
        contextDelete.disableProperty().bind(nothingSelected.or(readOnly));
        addButton.disableProperty().bind(context.activeDatabaseProperty().isNull().or(readOnly));

        table.placeholderProperty().bind(Bindings.createObjectBinding(this::placeholder,
                model.ledgerCountProperty(), model.summaryProperty()));
    }

    /**
     * What the empty table says: loading, a welcome for a new ledger, or that the filters hide everything. Until
     * the ledger's count is known it is loading: an empty first page alone (rows read early at start-up, or
     * before the totals come) does not tell a new ledger from filters that hide everything.
     */
    private Node placeholder() {
        if (model.ledgerCountProperty().get() < 0) {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setMaxSize(36, 36);
            return state("state-loading", spinner, new Label(resources.getString("state.loading")));
        }
        if (model.ledgerCountProperty().get() == 0) {
            Label title = new Label(resources.getString("state.empty.title"));
            title.getStyleClass().add("state-title");
            Label text = new Label(resources.getString("state.empty.text"));
            Button add = new Button(resources.getString("state.empty.action"));
            add.getStyleClass().add("accent");
            add.setOnAction(event -> onAdd());
            Label hint = new Label(resources.getString("state.empty.hint"));
            hint.getStyleClass().add("state-hint");
            return state("state-empty", title, text, add, hint);
        }
        Label title = new Label(resources.getString("state.noMatch.title"));
        title.getStyleClass().add("state-title");
        Button clear = new Button(resources.getString("state.noMatch.action"));
        clear.setOnAction(event -> clearFilters());
        return state("state-no-match", title, clear);
    }

    private static VBox state(String styleClass, Node... children) {
        VBox box = new VBox(10, children);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().addAll("table-state", styleClass);
        return box;
    }

    private void setUpTotals() {
        shownLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            if (model.ledgerCountProperty().get() < 0) {
                return "";
            }
            ExpenseSummary summary = model.summaryProperty().get();
            String count = NumberFormat.getIntegerInstance(context.locale()).format(summary.count());
            return summary.count() == 1 ? resources.getString("expenses.shown.one")
                    : MessageFormat.format(resources.getString("expenses.shown.many"), count);
        }, model.summaryProperty(), model.ledgerCountProperty()));
        totalCaption.setText(resources.getString("totals.caption"));
        totalCaption.visibleProperty().bind(model.ledgerCountProperty().greaterThanOrEqualTo(0));
        totalLabel.visibleProperty().bind(totalCaption.visibleProperty());
        totalLabel.textProperty().bind(Bindings.createStringBinding(
                () -> context.money().format(model.summaryProperty().get().total()), model.summaryProperty(), context.moneyProperty()));
        // Received and net: spending net of refunds beside what came in.
        receivedCaption.visibleProperty().bind(totalCaption.visibleProperty());
        receivedLabel.visibleProperty().bind(totalCaption.visibleProperty());
        netCaption.visibleProperty().bind(totalCaption.visibleProperty());
        netLabel.visibleProperty().bind(totalCaption.visibleProperty());
        receivedLabel.textProperty().bind(Bindings.createStringBinding(
                () -> context.money().format(model.summaryProperty().get().received()), model.summaryProperty(), context.moneyProperty()));
        netLabel.textProperty().bind(Bindings.createStringBinding(
                () -> context.money().format(model.summaryProperty().get().net()), model.summaryProperty(), context.moneyProperty()));
        model.summaryProperty().addListener((obs, old, summary) -> {
            netLabel.getStyleClass().removeAll("net-negative", "net-positive");
            netLabel.getStyleClass().add(summary.net().signum() < 0 ? "net-negative" : "net-positive");
        });
    }

    @FXML
    public void onAdd() {
        if (context.activeDatabaseProperty().get() == null || context.readOnly().get()) {
            return;
        }
        ExpenseEditor.open(context, table.getScene().getWindow(), null, model.categories(), saved -> {
            showSaved(saved);
            if (saved.isRecurring()) {
                showFilledIn(saved);
            }
        }, created -> model.reloadCategories());
    }

    @FXML
    public void onEdit() {
        ExpenseRow selected = table.getSelectionModel().getSelectedItem();
        // Rows read ahead at start-up show before the database is in use: nothing to edit them with yet.
        if (selected != null && databaseOpen()) {
            edit(selected);
        }
    }

    @FXML
    public void onDelete() {
        List<ExpenseRow> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (!selected.isEmpty() && databaseOpen()) {
            delete(selected);
        }
    }

    private void edit(ExpenseRow row) {
        if (context.readOnly().get()) {
            return;
        }
        ExpenseEditor.open(context, table.getScene().getWindow(), row, model.categories(), saved -> {
            showSaved(saved);
            if (!row.isRecurring() && saved.isRecurring()) {
                showFilledIn(saved);
            }
        }, created -> model.reloadCategories());
    }

    /**
     * A series just started with its first expense in the past: the save filled in the occurrences due since
     * (the service did, in the same transaction). Tell the user which, as at start.
     */
    private void showFilledIn(ExpenseRow first) {
        context.tasks().run(resources.getString("recurring.failed"),
                () -> context.recurrences().occurrencesBesides(first.seriesId(), first.id()), this::showRecurringAdded);
    }

    /** Says which recurring expenses were just added (at start, at midnight, or by saving a series that started earlier). */
    public void showRecurringAdded(List<ExpenseRow> created) {
        if (created.isEmpty()) {
            return;
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(context.locale());
        String list = created.stream().limit(4)
                .map(row -> text("recurring.item", row.description(), row.date().format(dates), context.money().format(row.amount())))
                .collect(java.util.stream.Collectors.joining(" \u00b7 "));
        showNotice(created.size() > 4
                ? text("recurring.added.more", created.size(), list, created.size() - 4)
                : text("recurring.added", created.size(), list));
    }

    private void delete(List<ExpenseRow> rows) {
        if (context.readOnly().get()) {
            return;
        }
        String header;
        String what;
        if (rows.size() == 1) {
            ExpenseRow row = rows.get(0);
            header = resources.getString("delete.one.header");
            what = text("delete.one.text", row.description(), context.money().format(row.amount()), dateFormat.format(row.date()));
        } else {
            BigDecimal total = rows.stream().map(ExpenseRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            header = text("delete.many.header", rows.size());
            what = text("delete.many.text", rows.size(), context.money().format(total));
        }
        if (!context.dialogs().confirm(header, what + "\n\n" + resources.getString("delete.undoHint"),
                resources.getString("delete.action"))) {
            return;
        }
        int index = table.getSelectionModel().getSelectedIndex();
        context.tasks().run(resources.getString("delete.failed"), () -> {
            context.expenses().deleteAll(rows.stream().map(ExpenseRow::id).toList());
            return rows;
        }, deleted -> changed(() -> {
            if (!table.getItems().isEmpty()) {
                table.getSelectionModel().clearAndSelect(Math.max(0, Math.min(index, table.getItems().size() - 1)));
            }
            table.requestFocus();
        }));
    }

    /** Reverses the newest change to expenses made here (Ctrl+Z), also one made before a restart. */
    public void undo() {
        Long batch = undoBatch;
        if (batch == null || context.readOnly().get()) {
            return;
        }
        undoBatch = null;
        undoLabel.set(null);
        context.tasks().run(() -> context.undo().undo(batch), done -> changed(table::requestFocus), failure -> {
            refreshUndo();
            if (failure instanceof UndoRefusedException || failure instanceof ChangedElsewhereException) {
                // Not a failure: the change is not this window's to undo (any more). Say so plainly.
                context.dialogs().inform(resources.getString("undo.failed"), context.texts().of(((Explained) failure).explanation()));
            } else {
                context.dialogs().showError(resources.getString("undo.failed"), failure);
            }
        });
    }

    private void refreshUndo() {
        context.tasks().run(() -> context.undo().next(), next -> {
            undoBatch = next.map(step -> step.batchId()).orElse(null);
            undoLabel.set(next.map(step -> context.texts().of(step.text())).orElse(null));
        }, failure -> undoLabel.set(null));
    }

    /** The menu text of the next undo, or null when there is nothing to undo. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    private void loadMoreIfNearTheEnd() {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getLastVisibleCell() != null
                && flow.getLastVisibleCell().getIndex() >= table.getItems().size() - 40) {
            model.loadMore();
        }
    }

    /** The database order for the table's sort columns; no sort column means newest first. */
    /** A paperclip and tag chips per row, read per page; files dropped on a row are attached to it (issue 21). */
    private void setUpReceiptsAndTags() {
        app.outlay.ui.receipts.RowExtrasModel extras = new app.outlay.ui.receipts.RowExtrasModel(context.tags(),
                context.attachments(), context.tasks());
        app.outlay.ui.receipts.ListDecorations.install(table, descriptionColumn, extras, resources, context.activeDatabaseProperty(), (row, files) ->
                context.tasks().run(() -> {
                    for (java.io.File file : files) {
                        context.attachments().attach(row.id(), file.toPath());
                    }
                    return row;
                }, attached -> {
                    extras.load(List.of(attached.id()));
                    context.ledgerChanged();
                }, failure -> context.dialogs().showError(resources.getString("receipts.failed.attach"), failure)));
    }

    private ExpenseOrder orderFor(List<TableColumn<ExpenseRow, ?>> sortOrder) {
        if (sortOrder.isEmpty()) {
            return ExpenseOrder.NEWEST_FIRST;
        }
        TableColumn<ExpenseRow, ?> column = sortOrder.get(0);
        boolean ascending = column.getSortType() == TableColumn.SortType.ASCENDING;
        if (column == amountColumn) {
            return ascending ? ExpenseOrder.SMALLEST_FIRST : ExpenseOrder.LARGEST_FIRST;
        }
        if (column == descriptionColumn) {
            return ascending ? ExpenseOrder.DESCRIPTION_A_TO_Z : ExpenseOrder.DESCRIPTION_Z_TO_A;
        }
        return ascending ? ExpenseOrder.OLDEST_FIRST : ExpenseOrder.NEWEST_FIRST;
    }

    /** A text from the bundle with its {placeholders} filled in, numbers in the window's language. */
    private String text(String key, Object... arguments) {
        return new MessageFormat(resources.getString(key), context.locale()).format(arguments);
    }

    /** The selected expense, for menus that act on one (e.g. its history). */
    public ExpenseRow selectedExpense() {
        return table.getSelectionModel().getSelectedItem();
    }

    /** After a save: reload, then select the saved row so the user sees where it went. */
    private void showSaved(ExpenseRow saved) {
        changed(() -> {
            table.getItems().stream().filter(r -> r.id() == saved.id()).findFirst().ifPresent(r -> {
                table.getSelectionModel().clearAndSelect(table.getItems().indexOf(r));
                table.scrollTo(r);
            });
            table.requestFocus();
        });
    }

    /** True while no expense is selected: Edit and Delete have nothing to act on. */
    public javafx.beans.binding.BooleanBinding nothingSelected() {
        return table.getSelectionModel().selectedItemProperty().isNull();
    }

    /** Reloads after this view changed the ledger, tells the other views, then runs {@code afterwards}. */
    private void changed(Runnable afterwards) {
        model.refresh(afterwards);
        loadBudgets();
        refreshUndo();
        announcing = true;
        try {
            context.ledgerChanged();
        } finally {
            announcing = false;
        }
    }

    /** After a reload caused elsewhere: the same expenses stay selected, so the user does not lose their place. */
    private Runnable keepSelection() {
        List<Long> selected = table.getSelectionModel().getSelectedItems().stream().map(ExpenseRow::id).toList();
        boolean wasEmpty = table.getItems().isEmpty();
        return () -> {
            table.getItems().stream().filter(r -> selected.contains(r.id())).forEach(r -> table.getSelectionModel().select(r));
            if (wasEmpty) {
                scrollToTop();
            }
        };
    }

    /** A new list (other filters, another order, another database) starts at its top. */
    private void scrollToTop() {
        if (!table.getItems().isEmpty()) {
            table.scrollTo(0);
            // Once more after the next layout: a table that was empty keeps its old position through it.
            Platform.runLater(() -> table.scrollTo(0));
        }
    }

    private void refreshWithBudgets() {
        // Filters restored at start change before the database is open; its opening loads the list then.
        if (databaseOpen()) {
            model.reload(this::scrollToTop);
            loadBudgets();
        }
    }

    private boolean databaseOpen() {
        return context.activeDatabaseProperty().get() != null;
    }

    /** The table's sort as {@code column:ascending} or {@code column:descending}; empty for the default, newest first. */
    public String sortDescription() {
        if (table.getSortOrder().isEmpty()) {
            return "";
        }
        TableColumn<ExpenseRow, ?> column = table.getSortOrder().get(0);
        return columnName(column) + ":" + (column.getSortType() == TableColumn.SortType.ASCENDING ? "ascending" : "descending");
    }

    /** Sorts as {@link #sortDescription()} described; an unknown or unsortable column leaves the default order. */
    public void restoreSort(String description) {
        String[] parts = description.strip().split(":");
        table.getColumns().stream()
                .filter(column -> column.isSortable() && columnName(column).equals(parts[0]))
                .findFirst()
                .ifPresent(column -> {
                    column.setSortType(parts.length > 1 && parts[1].equals("ascending")
                            ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                    table.getSortOrder().setAll(List.of(column));
                });
    }

    /** dateColumn → date: the FXML id without its suffix, stable across languages. */
    public static String columnName(TableColumn<?, ?> column) {
        String id = column.getId() == null ? column.getText() : column.getId();
        return id.endsWith("Column") ? id.substring(0, id.length() - "Column".length()) : id;
    }

    private void loadBudgets() {
        var month = model.monthInView();
        context.tasks().run(resources.getString("budgets.failed"), () -> context.reports().budgets(month), budgets::show);
    }

    /** Shows a message above the table until the user dismisses it, e.g. which recurring expenses were added. */
    public void showNotice(String text) {
        noticeLabel.setText(text);
        noticeBar.setVisible(true);
    }

    @FXML
    private void onDismissNotice() {
        noticeBar.setVisible(false);
    }

    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    public void refresh() {
        model.reloadCategories();
        refreshWithBudgets();
    }

    public void clearFilters() {
        model.clearFilters();
        typing.stop(); // the search was cleared too, and the reload below covers it
        refreshWithBudgets();
    }

    /** Previews what the rules would change among the expenses the filters show; applied, it is one undo step. */
    public void applyRules() {
        var applyModel = new app.outlay.ui.rules.ApplyRulesViewModel(context.rules(), context.ruleApply(), context.tasks(), context.texts());
        app.outlay.ui.rules.ApplyRulesDialog.open(applyModel, context.money(), context.texts(), table.getScene().getWindow(), model.filter(),
                () -> changed(() -> { }));
    }

    public ExpenseListViewModel model() {
        return model;
    }

    private ListCell<Period> periodCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Period item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : resources.getString(item.messageKey()));
            }
        };
    }

    private static <T> TableCell<ExpenseRow, T> textCell(Function<T, String> format, Pos alignment) {
        TableCell<ExpenseRow, T> cell = new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
        cell.setAlignment(alignment);
        return cell;
    }
}
