package app.outlay.ui;

import app.outlay.domain.EntryKind;
import app.outlay.domain.ExpenseDetails;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At the smallest width the window allows, in German (the longest labels Outlay has), every control of every screen
 * stays inside the window: before, the toolbar's buttons and filters pushed the amount column, the totals and the
 * status bar out of sight at 820 pixels (seen under Xvfb, driven with xdotool).
 */
class NarrowGermanWindowTest extends OutlayUiTest {

    @Override
    protected Locale locale() {
        return Locale.GERMANY;
    }

    @Test
    void everyScreenFitsTheNarrowestWindow() {
        // Amounts as long as a household's year gets, so that a cut one would show.
        context.expenses().add(new ExpenseDetails(LocalDate.now(), "Miete", new BigDecimal("123456.78"), null, null));
        context.expenses().add(new ExpenseDetails(LocalDate.now(), "Gehalt", new BigDecimal("987654.32"), null, null,
                EntryKind.INCOME, null));
        interact(context::ledgerChanged);
        waitUntil(() -> rows().size() == 2);
        interact(() -> stage.setWidth(stage.getMinWidth()));
        waitUntil(() -> stage.getWidth() <= stage.getMinWidth() + 1);
        List<String> problems = new ArrayList<>();
        for (String screen : List.of("#categoriesNav", "#reportsNav", "#expensesNav")) {
            clickOn(screen);
            waitUntil(() -> !context.tasks().isBusy());
            sleep(300); // one layout pass after the data arrived
            outside(stage.getScene().getRoot(), stage.getScene().getWidth()).forEach(where -> problems.add(screen + ": " + where));
        }
        assertThat(problems).as("controls past the right edge at %.0f px", stage.getScene().getWidth()).isEmpty();
        for (String amount : List.of("#totalLabel", "#receivedLabel", "#netLabel")) {
            javafx.scene.control.Label label = lookup(amount).queryAs(javafx.scene.control.Label.class);
            assertThat(label.getWidth()).as("%s shows %s whole", amount, label.getText())
                    .isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5);
        }
    }

    /** The visible controls whose right edge lies beyond {@code width}, by id or class and edge. */
    private static List<String> outside(Parent parent, double width) {
        List<String> found = new ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible()) {
                continue;
            }
            if (child instanceof Control control) {
                Bounds onScene = control.localToScene(control.getLayoutBounds());
                if (onScene.getMaxX() > width + 1 && onScene.getWidth() > 0) {
                    found.add((control.getId() != null ? control.getId() : control.getClass().getSimpleName())
                            + " to " + Math.round(onScene.getMaxX()));
                }
            } else if (child instanceof Parent inner) {
                found.addAll(outside(inner, width));
            }
        }
        return found;
    }
}
