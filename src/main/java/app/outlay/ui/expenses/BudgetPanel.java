package app.outlay.ui.expenses;

import app.outlay.domain.MoneyFormat;
import app.outlay.service.report.BudgetLine;
import app.outlay.service.report.BudgetMonth;
import app.outlay.ui.common.CategoryCell;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/** Spent against budget per category for the month in view, with progress bars and a clear over-budget state. */
final class BudgetPanel {

    private final VBox panel;
    private final Locale locale;
    private final Supplier<MoneyFormat> money;
    private final ResourceBundle texts;

    BudgetPanel(VBox panel, Locale locale, Supplier<MoneyFormat> money, ResourceBundle texts) {
        this.panel = panel;
        this.locale = locale;
        this.money = money;
        this.texts = texts;
    }

    void show(BudgetMonth month) {
        Label heading = new Label(text("budgets.heading.month", DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month.month())));
        heading.getStyleClass().add("budget-heading");
        panel.getChildren().setAll(heading);
        if (month.lines().isEmpty()) {
            Label none = new Label(texts.getString("budgets.none"));
            none.setWrapText(true);
            none.getStyleClass().add("budget-empty");
            panel.getChildren().add(none);
            return;
        }
        month.lines().forEach(line -> panel.getChildren().add(line(line, false)));
        Region rule = new Region();
        rule.getStyleClass().add("budget-rule");
        panel.getChildren().addAll(rule, line(month.total(), true));
    }

    private Node line(BudgetLine line, boolean total) {
        Label name = new Label(total ? texts.getString("budgets.total") : line.name());
        if (!total) {
            name.setGraphic(CategoryCell.dot(line.colour(), line.name(), texts));
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label figures = new Label(text("budgets.figures", money.get().format(line.spent()), money.get().format(line.budget())));
        figures.getStyleClass().add("budget-figures");
        HBox top = new HBox(6, name, gap, figures);
        top.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar(Math.min(1.0, line.fractionUsed()));
        bar.setMaxWidth(Double.MAX_VALUE);
        Label remaining = new Label(line.isOver()
                ? text("budgets.over", money.get().format(line.remaining().negate()))
                : text("budgets.left", money.get().format(line.remaining())));
        bar.setAccessibleText(text("a11y.budgetBar", name.getText(), figures.getText(), remaining.getText()));
        remaining.getStyleClass().add(line.isOver() ? "budget-over-text" : "budget-left-text");

        VBox box = new VBox(3, top, bar, remaining);
        box.getStyleClass().addAll("budget-line", line.isOver() ? "over-budget" : "within-budget");
        if (total) {
            box.getStyleClass().add("budget-total");
        }
        return box;
    }

    private String text(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

}
