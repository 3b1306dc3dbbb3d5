package app.outlay.ui.importer;

import app.outlay.ui.common.AppState;
import app.outlay.domain.EntryKind;
import app.outlay.service.importing.ImportReport;
import app.outlay.service.importing.MoneyIn;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The wizard's "money coming in" section: one choice for all such lines (auto: a suggestion per line, the default;
 * a saved profile remembers the choice), and each line with what it becomes, changeable: skip, refund or income.
 * A line's suggestion stays visible beside the choice.
 */
final class MoneyInChoices {

    /** Lines shown with a choice each; a statement has few lines of money coming in. */
    static final int SHOWN = 100;

    private final AppState state;
    private final ImportWizardModel model;
    private final ResourceBundle resources;
    private final VBox box;
    private final GridPane grid;
    private final Runnable recheck;

    MoneyInChoices(AppState state, ImportWizardModel model, ResourceBundle resources, VBox box,
                   ComboBox<MoneyIn> mode, GridPane grid, Runnable recheck) {
        this.state = state;
        this.model = model;
        this.resources = resources;
        this.box = box;
        this.grid = grid;
        this.recheck = recheck;
        mode.getItems().setAll(MoneyIn.AUTO, MoneyIn.SKIP, MoneyIn.REFUND, MoneyIn.INCOME);
        mode.setConverter(converter("import.moneyIn.mode."));
        mode.valueProperty().bindBidirectional(model.moneyInProperty());
        mode.valueProperty().addListener((obs, old, now) -> {
            model.moneyInLines().clear(); // a new choice for all lines replaces the single ones
            recheck.run();
        });
        box.setVisible(false);
        box.setManaged(false);
    }

    private StringConverter<MoneyIn> converter(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(MoneyIn choice) {
                return choice == null ? "" : resources.getString(prefix + choice.key());
            }

            @Override
            public MoneyIn fromString(String text) {
                return null;
            }
        };
    }

    void show(ImportReport report) {
        List<ImportReport.MoneyInLine> lines = report.moneyIn();
        boolean any = !lines.isEmpty();
        box.setVisible(any);
        box.setManaged(any);
        grid.getChildren().clear();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(state.locale());
        int row = 0;
        for (ImportReport.MoneyInLine line : lines.subList(0, Math.min(SHOWN, lines.size()))) {
            Label what = new Label(MessageFormat.format(resources.getString("import.moneyIn.line"), line.line(),
                    dates.format(line.date()), line.description(), "+" + state.money().format(line.amount())));
            ComboBox<MoneyIn> choice = new ComboBox<>();
            choice.setId("moneyIn-" + line.line());
            choice.getItems().setAll(MoneyIn.SKIP, MoneyIn.REFUND, MoneyIn.INCOME);
            choice.setConverter(converter("import.moneyIn.choice."));
            choice.setValue(line.kind() == EntryKind.REFUND ? MoneyIn.REFUND : line.kind() == EntryKind.INCOME ? MoneyIn.INCOME : MoneyIn.SKIP);
            choice.setAccessibleText(what.getText());
            choice.valueProperty().addListener((obs, old, now) -> {
                model.moneyInLines().put(line.line(), now);
                recheck.run();
            });
            Label note = new Label(note(line));
            note.getStyleClass().add("wizard-note");
            // Long German hints ("Vorschlag: Erstattung in …, passt zu …") wrap instead of ending in "…".
            note.setWrapText(true);
            what.setWrapText(true);
            what.setMinWidth(160); // the line's description gives way (wrapped), not the choice or the hint
            choice.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            note.setMinWidth(200);
            javafx.scene.layout.GridPane.setHgrow(note, javafx.scene.layout.Priority.ALWAYS);
            grid.add(what, 0, row);
            grid.add(choice, 1, row);
            grid.add(note, 2, row);
            row++;
        }
        if (lines.size() > SHOWN) {
            grid.add(new Label(MessageFormat.format(resources.getString("import.moneyIn.more"), lines.size() - SHOWN)), 0, row, 3, 1);
        }
    }

    /** The suggestion for a line (when it was asked for) and the category the line goes to. */
    private String note(ImportReport.MoneyInLine line) {
        String category = line.category() == null ? "" : MessageFormat.format(resources.getString("import.moneyIn.category"), line.category());
        if (line.suggested() == null) {
            return category;
        }
        return MessageFormat.format(resources.getString("import.moneyIn.suggested." + line.suggested().key()), category).strip();
    }
}
