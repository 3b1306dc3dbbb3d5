package app.outlay.ui;

import app.outlay.domain.ExpenseDetails;
import app.outlay.ui.common.Period;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * German texts are the longest Outlay has: a tester saw them cut short ("Wocheneinka…", "Schlag…", "Ausgeg…") at
 * 1280×800 and 800×600 under Xvfb. Here the window has those sizes and the texts are read as they are drawn.
 */
class GermanTextsFitTest extends OutlayUiTest {

    @Override
    protected Locale locale() {
        return Locale.GERMANY;
    }

    @Test
    void at1280TheDescriptionIsReadableAndTheTagsKeepTheirName() {
        listOneExpense("Wocheneinkauf Supermarkt", "84.37", "Notiz");
        interact(() -> stage.setWidth(1280));
        waitUntil(() -> stage.getWidth() >= 1279);
        sleep(300);
        @SuppressWarnings("unchecked")
        TableView<Object> table = lookup("#table").queryAs(TableView.class);
        TableColumn<Object, ?> description = column(table, "descriptionColumn");
        Text wanted = new Text("Wocheneinkauf Supermarkt");
        wanted.setFont(javafx.scene.text.Font.getDefault());
        assertThat(description.getWidth()).as("description column at a %.0f px window", stage.getWidth())
                .isGreaterThan(wanted.getLayoutBounds().getWidth() + 20);
        assertThat(description.getWidth()).as("description against notes").isGreaterThan(column(table, "notesColumn").getWidth());
        List<String> cut = new ArrayList<>();
        table.lookupAll(".column-header .label").forEach(node -> cutShort(node, cut));
        cutShort(lookup("#tagsButton").query(), cut);
        assertThat(cut).as("texts drawn cut short").isEmpty();
    }

    /** A new window's size: the notes' title read "…" beside the budgets while tags had a column of their own. */
    @Test
    void atTheDefaultSizeEveryColumnTitleAndFilterIsWhole() {
        listOneExpense("Wocheneinkauf Supermarkt", "84.37", "Notiz");
        sleep(300);
        assertThat(stage.getWidth()).isEqualTo(1180);
        List<String> cut = new ArrayList<>();
        lookup("#table").query().lookupAll(".column-header .label").forEach(node -> cutShort(node, cut));
        for (String id : List.of("#periodBox", "#categoryBox", "#kindButton", "#tagsButton")) {
            lookup(id).query().lookupAll(".label, .list-cell").forEach(node -> cutShort(node, cut));
        }
        assertThat(cut).as("texts drawn cut short").isEmpty();

        // "Eigener Zeitraum" with its two date pickers beside it: the row has room for all of it.
        interact(() -> lookup("#periodBox").<ComboBox<Period>>query().setValue(Period.CUSTOM));
        waitUntil(() -> lookup("#fromPicker").tryQuery().isPresent());
        sleep(300);
        lookup("#periodBox").query().lookupAll(".list-cell").forEach(node -> cutShort(node, cut));
        assertThat(cut).as("the custom period's name").isEmpty();
    }

    @Test
    void at800x600TheTotalsAreWholeAndTheReportsReachable() {
        listOneExpense("Miete", "1234.56", null);
        interact(() -> {
            stage.setWidth(800);
            stage.setHeight(600);
        });
        waitUntil(() -> stage.getWidth() <= 801);
        sleep(300);
        List<String> cut = new ArrayList<>();
        for (String id : List.of("#shownLabel", "#totalCaption", "#receivedCaption", "#netCaption", "#totalLabel", "#netLabel")) {
            cutShort(lookup(id).query(), cut);
        }
        assertThat(cut).as("totals drawn cut short").isEmpty();
        @SuppressWarnings("unchecked")
        TableView<Object> table = lookup("#table").queryAs(TableView.class);
        double columns = table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(columns).as("the columns, amount included, fit the table").isLessThanOrEqualTo(table.getWidth());

        clickOn("#reportsNav");
        waitUntil(() -> !context.tasks().isBusy());
        sleep(300);
        ScrollPane reports = lookup(".reports-scroll").queryAs(ScrollPane.class);
        Node content = reports.getContent();
        double contentRight = content.localToScene(content.getLayoutBounds()).getMaxX();
        double viewRight = reports.localToScene(reports.getLayoutBounds()).getMaxX();
        boolean scrollsSideways = reports.lookupAll(".scroll-bar").stream().anyMatch(bar -> bar instanceof ScrollBar scrollBar
                && scrollBar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && scrollBar.isVisible());
        assertThat(contentRight <= viewRight + 1 || scrollsSideways)
                .as("reports end at %.0f, the view at %.0f, sideways scrolling %s", contentRight, viewRight, scrollsSideways).isTrue();
    }

    @Test
    void theRulesFormShowsItsGermanLabelsWhole() {
        interact(() -> menuItem("rulesItem").fire());
        awaitWindowWith("#rulesList");
        sleep(300);
        List<String> cut = new ArrayList<>();
        cutShort(windowWith("#rulesList").getScene().getRoot(), cut);
        // Before: "Neue Beschreib...", "Schlagwörter hi..." at the dialog's first size
        assertThat(cut).as("texts drawn cut short").isEmpty();
        Node field = windowWith("#rulesList").getScene().lookup("#noteField");
        assertThat(onScene(field).getMaxX()).as("the fields stay inside the dialog")
                .isLessThanOrEqualTo(windowWith("#rulesList").getScene().getWidth());
    }

    /** Adds the labeled (or the labeled inside {@code node}) whose drawn text is not its whole text. */
    /** Adds one expense of today and waits until the list shows it. */
    private void listOneExpense(String description, String amount, String notes) {
        context.expenses().add(new ExpenseDetails(LocalDate.now(), description, new BigDecimal(amount), null, notes));
        interact(context::ledgerChanged);
        waitUntil(() -> rows().size() == 1);
    }

    static void cutShort(Node node, List<String> cut) {
        if (node instanceof Labeled labeled && labeled.isVisible() && labeled.getText() != null && !labeled.getText().isEmpty()) {
            Node drawn = labeled.lookup(".text");
            if (drawn instanceof Text text && !text.getText().equals(labeled.getText())) {
                cut.add(labeled.getText() + " drawn as " + text.getText());
            }
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> cutShort(child, cut));
        }
    }

    static Bounds onScene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private static TableColumn<Object, ?> column(TableView<Object> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }
}
