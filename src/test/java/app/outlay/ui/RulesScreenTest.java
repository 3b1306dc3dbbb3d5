package app.outlay.ui;

import app.outlay.domain.ExpenseDetails;
import app.outlay.rules.MatchType;
import app.outlay.rules.Rule;
import app.outlay.service.category.CategoryRow;
import app.outlay.service.expense.ExpenseRow;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules window from the menu, and "Apply rules to the list…" with its preview and one undo, in the real window. */
class RulesScreenTest extends OutlayUiTest {

    @Test
    void writeARuleTestItAndApplyItToTheListThenUndo() {
        LocalDate today = LocalDate.now();
        context.expenses().add(new ExpenseDetails(today, "PAYPAL *SPOTIFY 4029357733", new BigDecimal("10.99"), null, null));
        context.expenses().add(new ExpenseDetails(today, "Kiosk", new BigDecimal("2.00"), null, null));
        interact(context::ledgerChanged);
        waitUntil(() -> rows().size() == 2);

        interact(() -> menuItem("rulesItem").fire());
        awaitWindowWith("#rulesList");
        clickOn("#nameField").write("Spotify");
        clickOn("#textField").write("spotify");
        // The main window's category filter has the same id: look inside the rules window only (a bare lookup took
        // whichever window came first and sometimes set the list's filter instead of the rule's category).
        @SuppressWarnings("unchecked")
        ComboBox<CategoryRow> categoryBox = from(windowWith("#rulesList").getScene().getRoot()).lookup("#categoryBox")
                .queryAs(ComboBox.class);
        waitUntil(() -> categoryBox.getItems().size() > 1);
        interact(() -> categoryBox.setValue(categoryBox.getItems().stream().filter(c -> c != null && c.name().equals("Groceries"))
                .findFirst().orElseThrow()));
        clickOn("#descriptionField").write("Spotify");
        assertThat(categoryBox.getValue().name()).isEqualTo("Groceries");
        clickOn("#testButton");
        waitUntil(() -> lookup("#testResult").queryAs(Label.class).getText().equals("matches 1 expenses"));
        clickOn("#saveButton");
        @SuppressWarnings("unchecked")
        ListView<Rule> list = lookup("#rulesList").queryAs(ListView.class);
        waitUntil(() -> list.getItems().size() == 1);
        assertThat(list.getItems().get(0).matchType()).isEqualTo(MatchType.CONTAINS);
        assertThat(context.rules().list()).extracting(Rule::name).containsExactly("Spotify");
        clickOn("#closeButton");

        interact(() -> menuItem("applyRulesItem").fire());
        awaitWindowWith("#ruleChanges");
        @SuppressWarnings("unchecked")
        TableView<app.outlay.service.rules.RuleChange> changes = lookup("#ruleChanges").queryAs(TableView.class);
        Label message = lookup("#applyMessage").queryAs(Label.class);
        Label summary = lookup("#applySummary").queryAs(Label.class);
        // The summary is set when the preview is done, whether it found changes or not.
        waitUntil(() -> !summary.getText().isEmpty() || !message.getText().isEmpty());
        assertThat(message.getText()).isEmpty();
        assertThat(summary.getText()).startsWith("1 of the 2 expenses in the list would change.");
        assertThat(changes.getItems()).hasSize(1);
        clickOn("#applyRulesButton");
        waitUntil(() -> rows().stream().anyMatch(row -> row.description().equals("Spotify")));
        assertThat(rows()).extracting(ExpenseRow::categoryName).contains("Groceries");

        interact(() -> windowWith("#ruleChanges").hide());
        targetWindow(stage);
        waitUntil(() -> !menuItem("undoItem").isDisable());
        interact(() -> menuItem("undoItem").fire());
        waitUntil(() -> rows().stream().anyMatch(row -> row.description().equals("PAYPAL *SPOTIFY 4029357733")));
        assertThat(rows()).extracting(ExpenseRow::categoryName).containsOnlyNulls();
    }
}
