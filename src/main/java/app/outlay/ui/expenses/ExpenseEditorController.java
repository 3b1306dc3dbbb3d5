package app.outlay.ui.expenses;

import app.outlay.domain.Money;
import java.math.BigDecimal;
import app.outlay.ui.common.StrictDateConverter;
import app.outlay.ui.common.DialogService;
import app.outlay.service.attachment.AttachmentRow;
import app.outlay.ui.common.TextAreaKeys;
import app.outlay.service.category.CategoryRow;
import app.outlay.service.expense.ChangedElsewhereException;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.expense.ExpenseRow;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import app.outlay.service.recurrence.Repeat;
import app.outlay.domain.Frequency;
import javafx.util.StringConverter;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import java.util.concurrent.Callable;
import java.util.Locale;
import app.outlay.ui.common.CategoryCell;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import app.outlay.domain.EntryKind;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import java.util.ResourceBundle;
import java.util.function.Consumer;

/** The entry dialog (expense, refund or income): fields bound to {@link ExpenseEditorViewModel}, saving in the background. */
public final class ExpenseEditorController {

    /** The "New category…" entry at the end of the category list (see CategoryCell for its name). */
    private static final CategoryRow NEW_CATEGORY = new CategoryRow(-1, "editor.category.new", "#00000000");

    private final ExpenseEditor.Services services;
    private final ExpenseEditorViewModel model;
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ObservableList<CategoryRow> categoryChoices = FXCollections.observableArrayList();
    /** Every category of the ledger; the list offers those that fit the entry's kind. */
    private final List<CategoryRow> allCategories = new java.util.ArrayList<>();
    private Stage stage;
    private ExpenseRow existing;
    private Consumer<ExpenseRow> onSaved;
    private Consumer<CategoryRow> onCategory;
    /** True while the date text is being typed: see {@link #setUpDate}. */
    private boolean typingDate;
    /** The date field's converter: what was typed is checked with its strict parse. */
    private StrictDateConverter dateConverter;
    private boolean dateClicked;

    @FXML private Label heading;
    @FXML private javafx.scene.control.ScrollPane formScroll;
    @FXML private ToggleGroup kindGroup;
    @FXML private ToggleButton kindExpense;
    @FXML private ToggleButton kindRefund;
    @FXML private ToggleButton kindIncome;
    @FXML private ComboBox<ExpenseRow> refundOfBox;
    @FXML private Label refundOfLabel;
    @FXML private Label refundOfHint;
    @FXML private Label refundsHint;
    @FXML private TextField amountField;
    @FXML private Label amountError;
    @FXML private ComboBox<java.util.Currency> paidCurrencyBox;
    @FXML private Label rateLabel;
    @FXML private TextField rateField;
    @FXML private Label rateError;
    @FXML private Label convertedLabel;
    private CurrencyFields currencyFields;
    @FXML private TextField descriptionField;
    @FXML private Label descriptionError;
    @FXML private DatePicker datePicker;
    @FXML private Label dateError;
    @FXML private ComboBox<CategoryRow> categoryBox;
    @FXML private Label categoryHint;
    @FXML private javafx.scene.control.Hyperlink makeRuleLink;
    private app.outlay.ui.rules.CategoryProposer proposer;
    @FXML private ComboBox<Frequency> repeatBox;
    @FXML private Label untilLabel;
    @FXML private DatePicker untilPicker;
    @FXML private Label repeatHint;
    @FXML private TextArea notesArea;
    @FXML private Label notesError;
    @FXML private Button saveButton;
    @FXML private ResourceBundle resources;
    @FXML private Label tagsLabel;
    @FXML private javafx.scene.layout.VBox tagsBox;
    @FXML private javafx.scene.layout.VBox receiptsBox;
    @FXML private javafx.scene.layout.VBox splitBox;
    /** Split expenses (issue 21): the parts, in a section of their own. */
    private SplitSection splitSection;
    /** Receipts and tags (issue 21): components of their own, with their own view models. */
    private app.outlay.ui.receipts.TagsFieldModel tagsModel;
    private app.outlay.ui.receipts.AttachmentsModel receiptsModel;
    private app.outlay.ui.receipts.AttachmentsPane receiptsPane;

    public ExpenseEditorController(ExpenseEditor.Services services) {
        this.services = services;
        this.model = new ExpenseEditorViewModel(services.money(), services.texts(), LocalDate.now());
    }

    @FXML
    private void initialize() {
        app.outlay.ui.common.FitOnScreen.followFocus(formScroll);
        amountField.textProperty().bindBidirectional(model.amountTextProperty());
        amountField.setPromptText(Money.format(BigDecimal.ZERO, services.locale()));
        descriptionField.textProperty().bindBidirectional(model.descriptionProperty());
        setUpDate();
        notesArea.textProperty().bindBidirectional(model.notesProperty());
        showWhenTouched(amountField, amountError, model.amountErrorProperty());
        currencyFields = new CurrencyFields(services, model.paid(), paidCurrencyBox, rateLabel, rateField, convertedLabel, rateError,
                resources, model.dateProperty()::get);
        model.dateProperty().addListener((obs, old, day) -> currencyFields.lookUpRate(day));
        showWhenTouched(descriptionField, descriptionError, model.descriptionErrorProperty());
        showWhenTouched(datePicker, dateError, model.dateErrorProperty());
        showWhenTouched(notesArea, notesError, model.notesErrorProperty());

        categoryBox.setItems(categoryChoices);
        categoryBox.setCellFactory(list -> new CategoryCell(resources));
        categoryBox.setButtonCell(new CategoryCell(resources));
        app.outlay.ui.common.TypeAhead.forCategories(categoryBox);
        categoryBox.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen == NEW_CATEGORY) {
                categoryBox.setValue(old);
                askForNewCategory();
            } else if (chosen != null) {
                model.categoryProperty().set(chosen);
            }
        });
        setUpRepeat();
        setUpKind();
        saveButton.disableProperty().bind(model.validProperty().not().or(saving));
        setUpKeys();
        setUpReceiptsAndTags();
        setUpSplit();
    }

    /**
     * While split, the payment's category, notes and tags are its parts': their fields rest, and what was typed in
     * them goes to the first part as the split begins.
     */
    private void setUpSplit() {
        SplitEditorModel split = model.split();
        splitSection = new SplitSection(split, () -> {
            List<CategoryRow> choices = new java.util.ArrayList<>(List.of(ExpenseEditorViewModel.NO_CATEGORY));
            choices.addAll(model.fitting(allCategories));
            return choices;
        }, resources);
        splitBox.getChildren().add(splitSection);
        split.enabledProperty().addListener((obs, was, on) -> {
            if (on && split.parts().isEmpty()) {
                split.setEnabled(true, model.categoryProperty().get(), model.notesProperty().get());
                split.parts().get(0).tagsTextProperty().set(String.join("; ", tagsModel.tags()));
                tagsModel.fill(List.of());
            }
        });
        categoryBox.disableProperty().bind(split.enabledProperty());
        notesArea.disableProperty().bind(split.enabledProperty());
        tagsBox.disableProperty().bind(split.enabledProperty());
        model.kindProperty().addListener((obs, old, kind) -> splitSection.refreshCategories());
        split.parts().addListener((javafx.collections.ListChangeListener<SplitPartModel>) change -> resize());
        split.enabledProperty().addListener((obs, was, on) -> resize());
    }

    /** Sized to its content as far as its screen has room; the form scrolls beyond that. */
    void fitOnScreen() {
        app.outlay.ui.common.FitOnScreen.sizeToScene(stage, formScroll);
    }

    /** The dialog is not resizable: it grows and shrinks with the split's rows, as far as its screen has room. */
    private void resize() {
        if (stage != null && stage.isShowing()) {
            javafx.application.Platform.runLater(this::fitOnScreen);
        }
    }

    /** Tags typed with completion; receipts attached with the button, dropped onto the dialog or pasted (Ctrl+V). */
    private void setUpReceiptsAndTags() {
        tagsModel = new app.outlay.ui.receipts.TagsFieldModel(services.texts());
        app.outlay.ui.receipts.TagsField tagsField = new app.outlay.ui.receipts.TagsField(tagsModel, resources);
        tagsLabel.setLabelFor(tagsField.input());
        tagsBox.getChildren().add(tagsField);
        receiptsModel = new app.outlay.ui.receipts.AttachmentsModel(services.attachments(), services.tasks(), services.texts());
        receiptsPane = new app.outlay.ui.receipts.AttachmentsPane(receiptsModel, resources);
        receiptsBox.getChildren().add(receiptsPane);
        // Receipts arrive after the dialog was sized (attached, or read for an edit): it grows, within its screen.
        receiptsModel.rows().addListener((javafx.collections.ListChangeListener<AttachmentRow>) change -> resize());
        heading.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                receiptsPane.acceptDrops(scene.getRoot());
                scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                    // Ctrl+V in a text field pastes text there; elsewhere, or when the clipboard holds a file or an
                    // image, it attaches.
                    boolean inText = scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl;
                    var clipboard = javafx.scene.input.Clipboard.getSystemClipboard();
                    if (event.getCode() == KeyCode.V && event.isShortcutDown()
                            && (!inText || clipboard.hasFiles() || clipboard.hasImage()) && receiptsPane.paste()) {
                        event.consume();
                    }
                });
            }
        });
    }

    /**
     * The date as typed counts as soon as it parses, not only when the picker loses focus. While the user types,
     * the picker's own value is left alone: setting it (or clearing it for a half-typed date) makes the picker
     * rewrite the text under the caret, which once turned a typed 12/1/2026 into Feb 1. The picker takes the
     * typed date itself when it commits (focus leaves it, or Enter).
     */
    private void setUpDate() {
        dateConverter = StrictDateConverter.install(datePicker);
        StrictDateConverter.install(untilPicker);
        datePicker.setValue(model.dateProperty().get());
        datePicker.valueProperty().addListener((obs, old, picked) -> {
            if (!typingDate) {
                model.dateProperty().set(picked);
            }
        });
        model.dateProperty().addListener((obs, old, date) -> {
            if (!typingDate) {
                datePicker.setValue(date);
            }
        });
        TextField editor = datePicker.getEditor();
        editor.textProperty().addListener((obs, old, text) -> {
            if (editor.isFocused() || datePicker.isFocused()) {
                typingDate = true;
                try {
                    model.dateProperty().set(parseDate(text));
                } finally {
                    typingDate = false;
                }
            }
        });
        // Enter on a date that is none (32.01.2026) is not a save: the picker would put the last good date back (today)
        // and a second Enter saved the entry on a day nobody typed. The picker commits on the key's release, so both
        // press and release are stopped, before they reach it (TypedDateTest failed with the press alone).
        javafx.event.EventHandler<KeyEvent> notADate = event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown() && datePicker.isFocused()
                    && !editor.getText().isBlank() && parseDate(editor.getText()) == null) {
                event.consume();
            }
        };
        datePicker.getParent().addEventFilter(KeyEvent.KEY_PRESSED, notADate);
        datePicker.getParent().addEventFilter(KeyEvent.KEY_RELEASED, notADate);
        // Tabbing into the date selects it, so typing replaces it; a click places the caret as usual.
        datePicker.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> dateClicked = true);
        datePicker.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && !dateClicked) {
                Platform.runLater(editor::selectAll);
            }
            dateClicked = false;
        });
    }

    private LocalDate parseDate(String text) {
        try {
            return text == null || text.isBlank() ? null : dateConverter.parse(text.strip());
        } catch (RuntimeException notADateYet) {
            return null;
        }
    }

    /**
     * Ctrl+Enter saves from any field (Enter in the notes is a new line); Tab leaves the notes instead of typing a
     * tab; Esc, Cancel and closing the window ask before a changed dialog is thrown away.
     */
    private void setUpKeys() {
        heading.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                    if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                        event.consume();
                        onSave();
                    } else if (event.isAltDown() && !event.isShortcutDown()) {
                        kindByMnemonic(event);
                    }
                });
            }
        });
        // Tab goes on from the notes to the next control, the tags (then receipts and split): not straight to Save,
        // which left tags and receipts out of reach of the keyboard when editing (Save is enabled there at once).
        TextAreaKeys.tabMovesFocus(notesArea, null);
    }

    private void setUpRepeat() {
        repeatBox.getItems().setAll(null, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY);
        repeatBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Frequency frequency) {
                return resources.getString(frequency == null ? "editor.repeat.never"
                        : "editor.repeat." + frequency.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public Frequency fromString(String text) {
                return null;
            }
        });
        repeatBox.valueProperty().bindBidirectional(model.repeatProperty());
        untilPicker.valueProperty().bindBidirectional(model.repeatUntilProperty());
        untilPicker.disableProperty().bind(model.repeatProperty().isNull());
        untilLabel.disableProperty().bind(untilPicker.disableProperty());
        repeatHint.textProperty().bind(Bindings.createStringBinding(() -> model.untilErrorProperty().get() != null
                ? model.untilErrorProperty().get()
                : model.belongsToSeriesProperty().get() ? resources.getString("editor.repeat.series") : "",
                model.untilErrorProperty(), model.belongsToSeriesProperty()));
    }

    /**
     * The kind switch (Alt+E, Alt+R, Alt+I, or Tab and Space): it offers the categories of the kind's side, and for a
     * refund the expense it refunds, chosen from those of the months before it.
     */
    private void setUpKind() {
        Map<EntryKind, ToggleButton> buttons = Map.of(EntryKind.EXPENSE, kindExpense, EntryKind.REFUND, kindRefund,
                EntryKind.INCOME, kindIncome);
        buttons.forEach((kind, button) -> {
            button.setUserData(kind);
            // A mnemonic (Alt+E, Alt+R, Alt+I) fires the button's action without toggling it: the action chooses it.
            // Then typing goes on in the amount, the first thing to enter, as when the dialog opened.
            button.setOnAction(event -> {
                button.setSelected(true);
                Platform.runLater(amountField::requestFocus);
            });
        });
        kindGroup.selectToggle(buttons.get(model.kindProperty().get()));
        kindGroup.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                kindGroup.selectToggle(old); // one kind is always chosen: a second click does not unselect it
            } else {
                model.kindProperty().set((EntryKind) chosen.getUserData());
            }
        });
        model.kindProperty().addListener((obs, old, kind) -> {
            kindGroup.selectToggle(buttons.get(kind));
            offerCategories();
            offerRefundable();
        });
        refundOfBox.visibleProperty().bind(model.kindProperty().isEqualTo(EntryKind.REFUND));
        refundOfBox.managedProperty().bind(refundOfBox.visibleProperty());
        refundOfLabel.visibleProperty().bind(refundOfBox.visibleProperty());
        refundOfLabel.managedProperty().bind(refundOfBox.visibleProperty());
        refundOfHint.visibleProperty().bind(refundOfBox.visibleProperty());
        refundOfHint.managedProperty().bind(refundOfBox.visibleProperty());
        refundOfHint.setText(resources.getString("editor.refundOf.hint"));
        refundOfBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExpenseRow row) {
                return row == null ? resources.getString("editor.refundOf.none") : MessageFormat.format(
                        resources.getString("editor.refundOf.item"), shortDate(row.date()), row.description(),
                        services.money().format(row.amount()));
            }

            @Override
            public ExpenseRow fromString(String text) {
                return null;
            }
        });
        refundOfBox.valueProperty().addListener((obs, old, chosen) -> model.refundOfProperty().set(chosen));
        refundsHint.managedProperty().bind(refundsHint.textProperty().isNotEmpty());
    }

    /**
     * Alt and the underlined letter of a kind (Alt+E, Alt+R, Alt+I in English) chooses it from any field, whatever
     * the platform does with mnemonics of toggle buttons.
     */
    private void kindByMnemonic(KeyEvent event) {
        for (ToggleButton button : List.of(kindExpense, kindRefund, kindIncome)) {
            String text = button.getText();
            int mark = text.indexOf('_');
            if (mark >= 0 && mark + 1 < text.length()
                    && event.getCode() == KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(text.charAt(mark + 1))))) {
                event.consume();
                button.setSelected(true);
                return;
            }
        }
    }

    private String shortDate(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.SHORT)
                .withLocale(services.locale()).format(date);
    }

    /** The categories that fit the entry's kind, then "New category…"; a category that does not fit was let go. */
    private void offerCategories() {
        CategoryRow chosen = model.categoryProperty().get();
        categoryChoices.setAll(ExpenseEditorViewModel.NO_CATEGORY);
        categoryChoices.addAll(model.fitting(allCategories));
        categoryChoices.add(NEW_CATEGORY);
        categoryBox.setValue(categoryChoices.contains(chosen) ? chosen : ExpenseEditorViewModel.NO_CATEGORY);
    }

    /** For a refund: the expenses it may refund, read in the background; the linked one stays chosen. */
    private void offerRefundable() {
        if (model.kindProperty().get() != EntryKind.REFUND || model.dateProperty().get() == null) {
            return;
        }
        LocalDate date = model.dateProperty().get();
        ExpenseRow linked = model.refundOfProperty().get();
        services.tasks().run(resources.getString("editor.failed.refundable"), () -> services.expenses().refundable(date, 200), rows -> {
            List<ExpenseRow> items = new java.util.ArrayList<>();
            items.add(null);
            if (linked != null && rows.stream().noneMatch(r -> r.id() == linked.id())) {
                items.add(linked);
            }
            items.addAll(rows);
            refundOfBox.getItems().setAll(items);
            refundOfBox.setValue(linked == null ? null : items.stream()
                    .filter(r -> r != null && r.id() == linked.id()).findFirst().orElse(null));
        });
    }

    /** An expense that was refunded says so under its category: how much came back, when, by which refunds. */
    private void showRefunds(ExpenseRow row) {
        if (row.kind() != EntryKind.EXPENSE) {
            return;
        }
        services.tasks().run(resources.getString("editor.failed.refunds"), () -> services.expenses().refundsOf(row.id()), refunds -> {
            if (refunds.isEmpty()) {
                return;
            }
            BigDecimal back = refunds.stream().map(ExpenseRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            refundsHint.setText(refunds.size() == 1
                    ? MessageFormat.format(resources.getString("editor.refunds.one"), services.money().format(back),
                    shortDate(refunds.get(0).date()), refunds.get(0).description())
                    : MessageFormat.format(resources.getString("editor.refunds.many"), services.money().format(back), refunds.size()));
        });
    }

    /**
     * The category is proposed as the description is typed (rules, then what the history suggests), never over one
     * the user chose; an expense being edited keeps its own.
     */
    private void proposeCategories(boolean editing) {
        proposer = new app.outlay.ui.rules.CategoryProposer(model.descriptionProperty(), model.categoryProperty(),
                ExpenseEditorViewModel.NO_CATEGORY, () -> categoryChoices, services.texts());
        if (editing) {
            proposer.categoryIsTheUsers();
            return;
        }
        model.categoryProperty().addListener((obs, old, now) -> {
            if (now != null && categoryBox.getValue() != now) {
                categoryBox.setValue(now);
            }
        });
        categoryHint.textProperty().bind(proposer.hintProperty());
        makeRuleLink.visibleProperty().bind(proposer.suggestionProperty().isNotNull());
        makeRuleLink.managedProperty().bind(makeRuleLink.visibleProperty());
        // Aside: at a million expenses the history takes seconds to read, and a Save must not wait behind it.
        services.tasks().runAside(resources.getString("rules.failed.load"), () -> services.rules().autoFill(), proposer::use);
    }

    /** One step from the suggestion shown to a rule: "description contains spotify → Subscriptions". */
    @FXML
    private void onMakeRule() {
        app.outlay.rules.Rule rule = proposer.ruleFromSuggestion();
        if (rule == null) {
            return;
        }
        services.tasks().run(resources.getString("rules.failed.save"), () -> services.rules().add(rule), saved -> {
            makeRuleLink.visibleProperty().unbind();
            makeRuleLink.setVisible(false);
            categoryHint.textProperty().unbind();
            categoryHint.setText(services.texts().format("rules.suggestion.ruleMade", saved.label()));
        });
    }

    /** "Neue Erstattung", "Einnahme bearbeiten": the title follows the kind chosen. */
    private void showTitle() {
        String title = model.title(existing != null);
        stage.setTitle(title);
        heading.setText(title);
    }

    void start(Stage owner, ExpenseRow row, List<CategoryRow> categories, Consumer<ExpenseRow> saved, Consumer<CategoryRow> created) {
        this.stage = owner;
        this.existing = row;
        this.onSaved = saved;
        this.onCategory = created;
        allCategories.addAll(categories);
        showTitle();
        model.kindProperty().addListener((obs, old, kind) -> showTitle());
        if (row != null) {
            CategoryRow rowCategory = categories.stream()
                    .filter(c -> row.categoryId() != null && c.id() == row.categoryId()).findFirst().orElse(null);
            model.fill(row, rowCategory);
            showRefunds(row);
            if (row.refundOf() != null) {
                services.tasks().run(resources.getString("editor.failed.refundable"), () -> services.expenses().get(row.refundOf()), linked -> {
                    if (!model.changedProperty().get()) {
                        model.fill(row, rowCategory, linked);
                        offerRefundable();
                    }
                });
            }
        }
        offerCategories();
        offerRefundable();
        services.tasks().run(services.tags()::all, all -> tagsModel.known().setAll(all.stream().map(app.outlay.service.tag.TagCount::name).toList()),
                failure -> { });
        if (row != null) {
            services.tasks().run(() -> services.tags().tagsOf(row.id()), tagsModel::fill, failure -> { });
            services.tasks().run(() -> services.expenses().partsOf(row.id()), parts -> {
                if (!parts.isEmpty() && !model.changedProperty().get()) {
                    java.util.Map<Long, CategoryRow> byId = new java.util.HashMap<>();
                    allCategories.forEach(c -> byId.put(c.id(), c));
                    model.split().fill(parts, byId);
                    model.markUnchanged();
                }
            }, failure -> { });
        }
        receiptsModel.show(row == null ? null : row.id());
        repeatBox.setValue(model.repeatProperty().get());
        categoryBox.setValue(model.categoryProperty().get());
        proposeCategories(row != null);
        amountField.requestFocus();
        stage.setOnShown(event -> amountField.requestFocus());
        // The window's close button asks like Cancel; closing along with the main window (quitting) does not.
        stage.setOnCloseRequest(event -> {
            if (stage.getOwner().isShowing() && !mayDiscard()) {
                event.consume();
            }
        });
    }

    @FXML
    private void onSave() {
        if (!model.validProperty().get() || saving.get()) {
            return;
        }
        if (!tagsModel.commitTyped()) {
            return;
        }
        var details = model.toDetails();
        Repeat repeat = model.repeatChoice();
        boolean splitUp = model.split().enabledProperty().get();
        List<String> tags = splitUp ? List.of() : List.copyOf(tagsModel.tags());
        // Parts (issue 21) save with the details too; an expense that was split and is not any more loses its parts.
        var parts = model.split().toParts();
        boolean wasSplit = model.split().wasStored();
        // Tags save with the details, in one history step; an existing expense's tags are written only when changed.
        save(() -> existing == null
                ? services.expenses().add(details, repeat == null ? Repeat.NEVER : repeat, LocalDate.now(), tags, parts)
                : services.expenses().update(existing.id(), existing.version(), details, repeat,
                        tagsModel.changed() || splitUp ? tags : null, splitUp || wasSplit ? parts : null),
                () -> resolveConflict(details, repeat));
    }

    private void save(Callable<ExpenseRow> work) {
        save(work, null);
    }

    /** Saves in the background; a conflict with someone else's save goes to {@code onConflict} when there is one. */
    private void save(Callable<ExpenseRow> work, Runnable onConflict) {
        saving.set(true);
        services.tasks().run(work, saved -> {
            saving.set(false);
            closeWithoutAsking();
            if (receiptsModel.hasPending()) {
                // A new expense's receipts were held until it had an id.
                receiptsModel.commit(saved.id(), failure -> services.dialogs().showError(resources.getString("receipts.failed.attach"), failure));
            }
            onSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            if (onConflict != null && failure instanceof ChangedElsewhereException changed && !changed.isDeleted()
                    && existing != null) {
                onConflict.run();
            } else {
                services.dialogs().showError(resources.getString("editor.failed.save"), failure);
            }
        });
    }

    /** Someone else saved this expense meanwhile: show both versions, never overwrite silently. */
    private void resolveConflict(ExpenseDetails mine, Repeat repeat) {
        long id = existing.id();
        services.tasks().run(resources.getString("editor.failed.reload"), () -> services.expenses().get(id), theirs -> {
            CategoryRow mineCategory = model.categoryProperty().get();
            String mineCategoryName = mineCategory == null || mineCategory == ExpenseEditorViewModel.NO_CATEGORY
                    ? null : mineCategory.name();
            var comparison = new ConflictComparison(mine, mineCategoryName, theirs, services.money(), services.texts());
            switch (ConflictDialog.ask(stage, comparison, services.texts())) {
                case TAKE_THEIRS -> {
                    existing = theirs;
                    model.fill(theirs, categoryChoices.stream()
                            .filter(c -> theirs.categoryId() != null && c.id() == theirs.categoryId()).findFirst().orElse(null));
                    categoryBox.setValue(model.categoryProperty().get());
                }
                // Over the version the user saw: if it changed yet again meanwhile, they are asked again.
                case KEEP_MINE -> save(() -> services.expenses().update(id, theirs.version(), mine, repeat));
                case KEEP_EDITING -> { }
            }
        });
    }

    @FXML
    private void onCancel() {
        if (mayDiscard()) {
            closeWithoutAsking();
        }
    }

    /** True when nothing was changed, or the user agreed to throw the changes away. */
    private boolean mayDiscard() {
        if (!model.changedProperty().get() && !tagsModel.changed() && !receiptsModel.hasPending()) {
            return true;
        }
        ButtonType discard = new ButtonType(resources.getString("editor.discard.action"), ButtonBar.ButtonData.OTHER);
        ButtonType keepEditing = new ButtonType(resources.getString("editor.discard.keepEditing"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, resources.getString(existing == null
                ? "editor.discard.text.new" : "editor.discard.text.edit"), discard, keepEditing);
        alert.initOwner(stage);
        alert.setTitle(resources.getString("app.name"));
        alert.setHeaderText(resources.getString("editor.discard.header"));
        alert.getDialogPane().getStyleClass().add("outlay-alert");
        ((Button) alert.getDialogPane().lookupButton(keepEditing)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        alert.getDialogPane().lookupButton(discard).setId("discardButton");
        return alert.showAndWait().filter(discard::equals).isPresent();
    }

    /** Closes the dialog; unlike the window's close button, {@code Stage.close} asks nothing (no close request). */
    private void closeWithoutAsking() {
        stage.close();
    }

    private void askForNewCategory() {
        TextInputDialog dialog = new TextInputDialog();
        DialogService.useOwnButtons(dialog, services.texts());
        dialog.initOwner(stage);
        dialog.setTitle(resources.getString("editor.category.new"));
        dialog.setHeaderText(resources.getString("categories.new.question"));
        dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty()).ifPresent(name ->
                services.tasks().run(resources.getString("categories.failed.create"), () -> services.categories().create(name, null, model.kindProperty().get() == EntryKind.INCOME), created -> {
                    allCategories.add(created);
                    categoryChoices.add(categoryChoices.size() - 1, created);
                    categoryBox.setValue(created);
                    onCategory.accept(created);
                }));
    }

    /** An error shows once the user has typed in the field or left it, not on a fresh empty form. */
    private static void showWhenTouched(Node field, Label errorLabel, StringBinding error) {
        BooleanProperty touched = new SimpleBooleanProperty(false);
        field.focusedProperty().addListener((obs, was, is) -> {
            if (was && !is) {
                touched.set(true);
            }
        });
        if (field instanceof TextField text) {
            text.textProperty().addListener((obs, old, now) -> touched.set(true));
        } else if (field instanceof DatePicker picker) {
            picker.getEditor().textProperty().addListener((obs, old, now) -> {
                if (picker.getEditor().isFocused()) {
                    touched.set(true);
                }
            });
        } else if (field instanceof TextArea area) {
            area.textProperty().addListener((obs, old, now) -> touched.set(true));
        }
        errorLabel.textProperty().bind(Bindings.when(touched).then(error).otherwise((String) null));
        // The label keeps its space when empty (see .field-error), so the dialog does not jump as errors come and go.
    }
}
