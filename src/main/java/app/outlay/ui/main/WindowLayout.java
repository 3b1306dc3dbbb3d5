package app.outlay.ui.main;

import app.outlay.settings.SettingsStore;
import app.outlay.ui.expenses.ExpenseFiltersViewModel;
import app.outlay.ui.expenses.ExpensesController;
import app.outlay.ui.common.Period;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The main window's layout as the user left it — size, position, maximized, the expense table's columns, its sort
 * and filters, and the screen shown — kept in settings.properties ({@code ui.window.*}, {@code ui.columns.expenses},
 * {@code ui.expenses.*}, {@code ui.screen}).
 */
final class WindowLayout {

    static final String X = "ui.window.x";
    static final String Y = "ui.window.y";
    static final String WIDTH = "ui.window.width";
    static final String HEIGHT = "ui.window.height";
    static final String MAXIMIZED = "ui.window.maximized";
    static final String COLUMNS = "ui.columns.expenses";
    static final String SCREEN = "ui.screen";
    static final String SORT = "ui.expenses.sort";
    static final String PERIOD = "ui.expenses.period";
    static final String FROM = "ui.expenses.from";
    static final String TO = "ui.expenses.to";
    static final String CATEGORY = "ui.expenses.category";
    static final String SEARCH = "ui.expenses.search";

    private final Stage stage;
    private final MainWindowController controller;
    private final SettingsStore settings;

    WindowLayout(Stage stage, MainWindowController controller, SettingsStore settings) {
        this.stage = stage;
        this.controller = controller;
        this.settings = settings;
    }

    /** Call before the window is shown. */
    void restore() {
        restoreBounds();
        stage.setMaximized(settings.getBoolean(MAXIMIZED, false));
        settings.get(COLUMNS).ifPresent(saved -> restoreColumns(table(), saved));
        settings.get(SORT).ifPresent(controller.expenses()::restoreSort);
        controller.expenses().model().filters().restore(filters());
        settings.get(SCREEN).ifPresent(controller::showScreen);
    }

    /** The saved filters; anything missing or unreadable (a hand-edited file) counts as "no filter". */
    private ExpenseFiltersViewModel.Filters filters() {
        Period period = settings.get(PERIOD).flatMap(name -> Arrays.stream(Period.values())
                .filter(p -> p.name().equals(name)).findFirst()).orElse(Period.ALL);
        long category;
        try {
            category = Long.parseLong(settings.get(CATEGORY).orElse("0"));
        } catch (NumberFormatException e) {
            category = ExpenseFiltersViewModel.ALL_CATEGORIES.id();
        }
        return new ExpenseFiltersViewModel.Filters(period, date(FROM), date(TO), category, settings.get(SEARCH).orElse(""));
    }

    private LocalDate date(String key) {
        try {
            return settings.get(key).filter(text -> !text.isBlank()).map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void restoreBounds() {
        OptionalDouble width = settings.getDouble(WIDTH);
        OptionalDouble height = settings.getDouble(HEIGHT);
        if (width.isEmpty() || height.isEmpty()) {
            return;
        }
        double w = Math.max(width.getAsDouble(), stage.getMinWidth());
        double h = Math.max(height.getAsDouble(), stage.getMinHeight());
        OptionalDouble x = settings.getDouble(X);
        OptionalDouble y = settings.getDouble(Y);
        // A monitor that was unplugged since, or a resolution that shrank, must not leave the window out of reach.
        if (x.isPresent() && y.isPresent() && !Screen.getScreensForRectangle(x.getAsDouble(), y.getAsDouble(), w, h).isEmpty()) {
            stage.setX(x.getAsDouble());
            stage.setY(y.getAsDouble());
        } else {
            Rectangle2D primary = Screen.getPrimary().getVisualBounds();
            w = Math.min(w, primary.getWidth());
            h = Math.min(h, primary.getHeight());
            stage.setX(primary.getMinX() + (primary.getWidth() - w) / 2);
            stage.setY(primary.getMinY() + (primary.getHeight() - h) / 2);
        }
        stage.setWidth(w);
        stage.setHeight(h);
    }

    /** Call while the window still shows (closing, or quitting). */
    void save() {
        Map<String, String> values = new HashMap<>();
        values.put(MAXIMIZED, Boolean.toString(stage.isMaximized()));
        // A maximized window's bounds are the screen's: keep the size it returns to instead.
        if (!stage.isMaximized() && !stage.isIconified()) {
            values.put(X, number(stage.getX()));
            values.put(Y, number(stage.getY()));
            values.put(WIDTH, number(stage.getWidth()));
            values.put(HEIGHT, number(stage.getHeight()));
        }
        values.put(COLUMNS, describeColumns(table()));
        values.put(SCREEN, controller.selectedScreen());
        values.put(SORT, controller.expenses().sortDescription());
        ExpenseFiltersViewModel.Filters filters = controller.expenses().model().filters().snapshot();
        values.put(PERIOD, filters.period().name());
        values.put(FROM, filters.customFrom() == null ? "" : filters.customFrom().toString());
        values.put(TO, filters.customTo() == null ? "" : filters.customTo().toString());
        values.put(CATEGORY, Long.toString(filters.categoryId()));
        values.put(SEARCH, filters.search());
        settings.put(values);
    }

    /** {@code date:115,description:330,…} in the order shown. */
    static String describeColumns(TableView<?> table) {
        return table.getColumns().stream()
                .map(column -> name(column) + ":" + Math.round(column.getWidth()))
                .collect(Collectors.joining(","));
    }

    /** Puts the named columns in the saved order with their widths; unknown names and typos are skipped. */
    static <S> void restoreColumns(TableView<S> table, String saved) {
        Map<String, TableColumn<S, ?>> byName = new LinkedHashMap<>();
        table.getColumns().forEach(column -> byName.put(name(column), column));
        List<TableColumn<S, ?>> ordered = new ArrayList<>();
        for (String entry : saved.split(",")) {
            String[] parts = entry.trim().split(":");
            TableColumn<S, ?> column = byName.remove(parts[0]);
            if (column == null) {
                continue;
            }
            ordered.add(column);
            if (parts.length == 2) {
                try {
                    column.setPrefWidth(Math.max(Double.parseDouble(parts[1]), column.getMinWidth()));
                } catch (NumberFormatException e) {
                    // keep the default width
                }
            }
        }
        ordered.addAll(byName.values()); // columns newer than the saved layout go at the end
        table.getColumns().setAll(ordered);
    }

    private static String name(TableColumn<?, ?> column) {
        return ExpensesController.columnName(column);
    }

    private TableView<?> table() {
        return (TableView<?>) stage.getScene().lookup("#table");
    }

    private static String number(double value) {
        return Long.toString(Math.round(value));
    }
}
