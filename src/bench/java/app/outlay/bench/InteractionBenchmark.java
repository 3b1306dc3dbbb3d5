package app.outlay.bench;

import app.outlay.AppContext;
import app.outlay.service.category.CategoryRow;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseOrder;
import app.outlay.service.expense.ExpensePage;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseSummary;
import app.outlay.settings.AppPaths;
import app.outlay.ui.expenses.ExpenseListViewModel;
import app.outlay.ui.common.Period;
import app.outlay.ui.main.MainWindow;
import app.outlay.ui.main.MainWindowController;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Issue #17, target 4: every interaction at a million expenses, driven through the real main window (the app's own
 * {@link AppContext} and {@link MainWindow}, in this JVM, on the X display), timed from the key press or click to the
 * first frame whose layout shows the answer — the table's rows <i>and</i> the count and total beside them. The answer
 * is known beforehand (asked of the services, untimed), so a frame that shows something else does not count.
 * <p>
 * In the bench JVM rather than a process of its own: the robot's events and the pulse listener that sees the frame
 * must share one clock and one JavaFX toolkit, and the window's state can be read without a protocol in between. The
 * JVM is the benchmark's (-Xmx1g, default collector), not the packaged app's options.
 * <p>
 * The baseline is the same kind of input in a bare JavaFX window ({@link BareTableWindow}'s TableView, plus a label)
 * answered at once with a fixed list: JavaFX's own input-to-frame latency on this machine and display.
 */
final class InteractionBenchmark {

    static final double TARGET_MILLIS = 100;
    private static final long TIMEOUT_SECONDS = 60;
    private static final BigDecimal ADDED = new BigDecimal("12.34");
    private static final BigDecimal EDITED = new BigDecimal("23.45");

    private final BenchDatabase db;
    private final int rounds;
    private final int warmUp;
    private final long rows;
    private final Map<String, BenchAnswer> answers = new HashMap<>();

    private FxDriver fx;
    private AppContext context;
    private Stage stage;
    private MainWindowController main;
    private Scene scene;
    private TableView<ExpenseRow> table;
    private Label shown;
    private Label total;
    /** The ledger's count and total as they stand (the unfiltered answer), kept up to date by add/edit/delete/undo. */
    private ExpenseSummary ledger;

    /** What the window must show after an input: the first row and the count and total of the matches. */
    private record BenchAnswer(List<Long> ids, long count, BigDecimal total, double pageMillis, double summaryMillis) {
    }

    /** One interaction's samples: to the frame showing rows and totals, and (for the breakdown) rows alone. */
    private record Timed(long[] both, long[] rowsOnly) {
    }

    InteractionBenchmark(BenchDatabase db, long rows, int rounds, int warmUp) {
        this.db = db;
        this.rows = rows;
        this.rounds = rounds;
        this.warmUp = warmUp;
    }

    /** A million expenses over ten years that end today, so "this month" and a new expense dated today find rows. */
    static SyntheticExpenses data(long rows) {
        return new SyntheticExpenses(rows, LocalDate.now().minusDays(QueryBenchmark.DAYS - 1), QueryBenchmark.DAYS);
    }

    void run(ResultTable results) {
        String where = FxDriver.startToolkit();
        fx = new FxDriver();
        System.out.printf(Locale.ROOT, "  interactions on %s: window on %s, load average %.1f%n", db.name(), where, load());
        Samples bare = new Samples(baseline(rounds + warmUp));
        System.out.printf(Locale.ROOT, "  bare JavaFX window, key press to frame: median %.1f ms, p95 %.1f ms%n",
                bare.medianMillis(), bare.percentileMillis(95));
        double loadBefore = load();
        open();
        try {
            List<String> lines = new ArrayList<>();
            record Figure(String name, Timed timed) {
            }
            List<Figure> figures = new ArrayList<>();
            if (wanted("period")) {
                figures.add(new Figure("period: All ↔ This month (↓/↑ in the period box)", period()));
            }
            if (wanted("category")) {
                figures.add(new Figure("category: All ↔ the first category (↓/↑ in the category box)", category()));
            }
            if (wanted("search")) {
                figures.add(new Figure("search: type \"bar\" ↔ Esc (includes the 250 ms typing pause)", search()));
            }
            if (wanted("sort")) {
                figures.add(new Figure("sort: click the Date header (oldest first ↔ newest first)", sort()));
            }
            if (wanted("next")) {
                figures.add(new Figure("next page: End in the table (200 more rows)", nextPage()));
            }
            if (wanted("changes")) {
                Timed[] changes = changes();
                figures.add(new Figure("add: Enter in the expense dialog", changes[0]));
                figures.add(new Figure("edit: Enter in the expense dialog (new amount)", changes[1]));
                figures.add(new Figure("delete: Enter on the confirmation", changes[2]));
                figures.add(new Figure("undo: Ctrl+Z after the delete", changes[3]));
            }
            double loadAfter = load();
            for (Figure figure : figures) {
                Samples both = new Samples(figure.timed().both());
                Samples rowsOnly = new Samples(figure.timed().rowsOnly());
                double p95 = both.percentileMillis(95);
                results.add(db.name(), String.format("interaction at %,d expenses, %s", rows, figure.name()),
                        both.describeMedianP95(), "bare JavaFX window " + bare.describeMedianP95(),
                        p95 / bare.percentileMillis(95), new ResultTable.Target(String.format(Locale.ROOT, "p95 ≤ %.0f ms",
                                TARGET_MILLIS), p95 <= TARGET_MILLIS));
                lines.add(String.format(Locale.ROOT, "  %s | %s: to rows and totals %s; rows alone %s", db.name(),
                        figure.name(), both.describeMedianP95(), rowsOnly.describeMedianP95()));
            }
            lines.forEach(System.out::println);
            results.note(String.format(Locale.ROOT, "interactions on %s: %d measured inputs each after %d warm-up, load average"
                    + " %.1f before and %.1f after (machine shared with other work)", db.name(), rounds, warmUp, loadBefore, loadAfter));
        } finally {
            close();
        }
    }

    /**
     * {@code -Dbench.interactions=period,search} measures only those (period, category, search, sort, next, changes);
     * all when not set. For looking into one interaction; the published table has them all.
     */
    private static boolean wanted(String interaction) {
        String only = System.getProperty("bench.interactions", "");
        return only.isBlank() || java.util.Arrays.asList(only.split(",")).contains(interaction);
    }

    // ---- the window ----------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private void open() {
        Path home;
        try {
            home = Files.createTempDirectory("outlay-interactions");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context = new AppContext(AppPaths.under(home), Locale.US);
        FxDriver.onFx(() -> {
            stage = new Stage();
            main = MainWindow.create(stage, context);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1180);
            stage.setHeight(720);
            stage.show();
            context.activate(db.database());
        });
        scene = stage.getScene();
        table = (TableView<ExpenseRow>) scene.lookup("#table");
        shown = (Label) scene.lookup("#shownLabel");
        total = (Label) scene.lookup("#totalLabel");
        FxDriver.await("the first page and the totals", 300, () -> !table.getItems().isEmpty() && !shown.getText().isEmpty());
        awaitQuiet();
        ledger = context.expenses().summarize(ExpenseFilter.all());
    }

    private void close() {
        FxDriver.onFx(() -> stage.close());
        context.close();
    }

    /** Waits until no background task has run for 300 ms (the totals, budgets and undo label of the last change). */
    private void awaitQuiet() {
        int quiet = 0;
        long deadline = System.nanoTime() + TIMEOUT_SECONDS * 1_000_000_000L;
        while (quiet < 15) {
            quiet = FxDriver.onFx(() -> context.tasks().isBusy()) ? 0 : quiet + 1;
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Background work never ended");
            }
            ProcessProbe.sleep(20);
        }
    }

    /** The answer the window must show for a filter and order, asked of the services (untimed), remembered. */
    private BenchAnswer answer(ExpenseFilter filter, ExpenseOrder order) {
        return answers.computeIfAbsent(filter + " " + order, key -> {
            long start = System.nanoTime();
            ExpensePage page = context.expenses().page(filter, order, null, ExpenseListViewModel.PAGE_SIZE);
            long middle = System.nanoTime();
            ExpenseSummary summary = context.expenses().summarize(filter);
            long end = System.nanoTime();
            BenchAnswer answer = new BenchAnswer(page.rows().stream().map(ExpenseRow::id).toList(), summary.count(),
                    summary.total(), (middle - start) / 1e6, (end - middle) / 1e6);
            System.out.printf(Locale.ROOT, "    %s %s: %,d matches; in the service: first row %.1f ms, count and total %.1f ms%n",
                    filter, order, answer.count(), answer.pageMillis(), answer.summaryMillis());
            return answer;
        });
    }

    /** The table holds exactly the first page of the answer, and its first row is the first on screen. */
    private BooleanSupplier rowsShow(BenchAnswer answer) {
        List<Long> ids = answer.ids();
        return () -> table.getItems().size() == ids.size() && !ids.isEmpty() && firstVisibleId() == ids.get(0)
                && java.util.stream.IntStream.range(0, ids.size()).allMatch(i -> table.getItems().get(i).id() == ids.get(i));
    }

    /** What the window shows, for a failure's message. */
    private String state() {
        return String.format("first row %s, first visible %d, '%s', '%s', focus %s, filter %s",
                table.getItems().isEmpty() ? "none" : table.getItems().get(0), firstVisibleId(), shown.getText(),
                total.getText(), scene.getFocusOwner(), main.expenses().model().filters().filter());
    }

    /** True when the row with this id is on screen (between the first and last visible cells) with this amount. */
    private boolean onScreen(long id, BigDecimal amount) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null
                && flow.getLastVisibleCell() != null) {
            int last = Math.min(flow.getLastVisibleCell().getIndex(), table.getItems().size() - 1);
            for (int i = Math.max(0, flow.getFirstVisibleCell().getIndex()); i <= last; i++) {
                ExpenseRow row = table.getItems().get(i);
                if (row.id() == id) {
                    return amount == null || row.amount().compareTo(amount) == 0;
                }
            }
        }
        return false;
    }

    private long firstVisibleId() {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> cell = flow.getFirstVisibleCell();
            if (cell != null && cell.getItem() instanceof ExpenseRow row) {
                return row.id();
            }
        }
        return -1;
    }

    private BooleanSupplier totalsShow(long count, BigDecimal sum) {
        Pattern number = Pattern.compile("(^|\\D)" + Pattern.quote(NumberFormat.getIntegerInstance(Locale.US).format(count))
                + "(\\D|$)");
        return () -> number.matcher(shown.getText()).find() && total.getText().equals(context.money().format(sum));
    }

    /**
     * Times one input: from just before it to the frame that shows both {@code rows} and {@code totals}; also notes
     * the first frame with the rows alone.
     */
    private long[] time(String what, Runnable input, BooleanSupplier rowsRight, BooleanSupplier totalsRight) {
        long[] rowsAt = {-1};
        long[] start = {0};
        long both;
        try {
            both = fx.timeToFrame(what, scene, () -> {
                start[0] = System.nanoTime();
                input.run();
            }, () -> {
                boolean r = rowsRight.getAsBoolean();
                if (r && rowsAt[0] < 0 && start[0] != 0) {
                    rowsAt[0] = System.nanoTime() - start[0];
                }
                return r && totalsRight.getAsBoolean();
            }, TIMEOUT_SECONDS);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "; the window shows: " + FxDriver.onFx(this::state), e);
        }
        awaitQuiet();
        if (Boolean.getBoolean("bench.each")) { // -Dbench.each=true: every input, to see which ones are slow
            System.out.printf(Locale.ROOT, "    %s: %.1f ms, rows %.1f ms%n", what, both / 1e6,
                    (rowsAt[0] < 0 ? both : rowsAt[0]) / 1e6);
        }
        return new long[]{both, rowsAt[0] < 0 ? both : rowsAt[0]};
    }

    /** {@code samples} inputs after the warm-up; {@code sample.apply(k)} makes input k and returns its two times. */
    private Timed repeat(IntFunction<long[]> sample) {
        return repeat(1, sample);
    }

    /**
     * As {@link #repeat(IntFunction)} for inputs that go round a cycle of {@code cycle} states (filter on, filter off):
     * untimed inputs after the last bring the window back to where it started, for the next interaction.
     */
    private Timed repeat(int cycle, IntFunction<long[]> sample) {
        long[] both = new long[rounds];
        long[] rowsOnly = new long[rounds];
        int k = 0;
        for (; k < warmUp + rounds; k++) {
            long[] t = sample.apply(k);
            if (k >= warmUp) {
                both[k - warmUp] = t[0];
                rowsOnly[k - warmUp] = t[1];
            }
        }
        for (; k % cycle != 0; k++) {
            sample.apply(k);
        }
        return new Timed(both, rowsOnly);
    }

    // ---- the interactions ----------------------------------------------------------------------------------------

    /** Even inputs narrow the list (All → This month), odd ones widen it again, as a user going back and forth. */
    private Timed period() {
        LocalDate today = LocalDate.now();
        ExpenseFilter month = ExpenseFilter.all().withPeriod(Period.THIS_MONTH.from(today), Period.THIS_MONTH.to(today));
        ComboBox<?> box = (ComboBox<?>) scene.lookup("#periodBox");
        return repeat(2, k -> filterChange("period", box, k % 2 == 0 ? KeyCode.DOWN : KeyCode.UP,
                k % 2 == 0 ? month : ExpenseFilter.all()));
    }

    private Timed category() {
        @SuppressWarnings("unchecked")
        ComboBox<CategoryRow> box = (ComboBox<CategoryRow>) scene.lookup("#categoryBox");
        long first = FxDriver.onFx(() -> box.getItems().get(1).id());
        ExpenseFilter one = ExpenseFilter.all().withCategory(first);
        return repeat(2, k -> filterChange("category", box, k % 2 == 0 ? KeyCode.DOWN : KeyCode.UP,
                k % 2 == 0 ? one : ExpenseFilter.all()));
    }

    private long[] filterChange(String what, Node control, KeyCode key, ExpenseFilter expected) {
        BenchAnswer answer = answer(expected, ExpenseOrder.NEWEST_FIRST);
        FxDriver.onFx(() -> {
            control.requestFocus();
            fx.pointAt(stage);
        });
        return time(what + " " + key, () -> fx.type(key), rowsShow(answer), totalsShow(answer.count(), answer.total()));
    }

    private Timed search() {
        TextField field = (TextField) scene.lookup("#searchField");
        ExpenseFilter word = ExpenseFilter.all().withSearch("bar");
        return repeat(2, k -> {
            BenchAnswer answer = answer(k % 2 == 0 ? word : ExpenseFilter.all(), ExpenseOrder.NEWEST_FIRST);
            FxDriver.onFx(() -> {
                field.requestFocus();
                field.end();
                fx.pointAt(stage);
            });
            Runnable input = k % 2 == 0 ? () -> fx.type(KeyCode.B, KeyCode.A, KeyCode.R) : () -> fx.type(KeyCode.ESCAPE);
            return time("search " + k, input, rowsShow(answer), totalsShow(answer.count(), answer.total()));
        });
    }

    /**
     * Clicks on the Date header: oldest first, then newest first (a third click, back to no sort column, keeps that
     * order and is not timed). The Date column, because the database has an index for it; Amount and Description
     * have none, and one page in their order sorts every row (see docs/benchmark.md).
     */
    private Timed sort() {
        Node header = FxDriver.onFx(() -> table.lookupAll(".column-header").stream()
                .filter(node -> "dateColumn".equals(node.getId())).findFirst().orElseThrow());
        return repeat(2, k -> {
            ExpenseOrder order = k % 2 == 0 ? ExpenseOrder.OLDEST_FIRST : ExpenseOrder.NEWEST_FIRST;
            BenchAnswer answer = answer(ExpenseFilter.all(), order);
            FxDriver.onFx(() -> fx.pointAt(header));
            long[] t = time("sort " + order, fx::click, rowsShow(answer), totalsShow(ledger.count(), ledger.total()));
            if (k % 2 == 1) {
                FxDriver.onFx(fx::click);
                FxDriver.await("the sort column cleared", TIMEOUT_SECONDS, () -> table.getSortOrder().isEmpty());
                awaitQuiet();
            }
            return t;
        });
    }

    /** End in the table moves to the last loaded row; the next page must then be in the table. */
    private Timed nextPage() {
        return repeat(k -> {
            FxDriver.onFx(() -> main.expenses().model().reload(() -> { }));
            awaitQuiet();
            int loaded = FxDriver.onFx(() -> {
                table.requestFocus();
                table.getSelectionModel().clearAndSelect(0);
                table.scrollTo(0);
                fx.pointAt(stage);
                return table.getItems().size();
            });
            return time("next page", () -> fx.type(KeyCode.END), () -> table.getItems().size() > loaded,
                    totalsShow(ledger.count(), ledger.total()));
        });
    }

    /** Per round: add an expense, edit its amount, delete it, undo the delete; each step timed. */
    private Timed[] changes() {
        long[][] both = new long[4][rounds];
        long[][] rowsOnly = new long[4][rounds];
        for (int k = 0; k < warmUp + rounds; k++) {
            long[][] round = changeRound(k);
            if (k >= warmUp) {
                for (int step = 0; step < 4; step++) {
                    both[step][k - warmUp] = round[step][0];
                    rowsOnly[step][k - warmUp] = round[step][1];
                }
            }
        }
        Timed[] timed = new Timed[4];
        for (int step = 0; step < 4; step++) {
            timed[step] = new Timed(both[step], rowsOnly[step]);
        }
        return timed;
    }

    private long[][] changeRound(int k) {
        long[][] times = new long[4][];
        String description = "Bench interaction " + k;
        // add, looking at the top of the list
        FxDriver.onFx(() -> {
            table.scrollTo(0);
            main.expenses().onAdd();
        });
        Window dialog = awaitWindowWith("#amountField");
        FxDriver.onFx(() -> {
            ((TextField) dialog.getScene().lookup("#amountField")).setText(ADDED.toPlainString());
            TextField text = (TextField) dialog.getScene().lookup("#descriptionField");
            text.setText(description);
            text.requestFocus();
            fx.pointAt(dialog);
        });
        // What the dialog reads as it opens (rules, the history behind its category suggestions) is done by the time a
        // user has typed an amount and a description; pressing Enter 150 ms after it opened would time that instead.
        awaitQuiet();
        ExpenseSummary before = ledger;
        times[0] = time("add", () -> fx.type(KeyCode.ENTER),
                () -> !table.getItems().isEmpty() && description.equals(table.getItems().get(0).description())
                        && onScreen(table.getItems().get(0).id(), ADDED),
                totalsShow(before.count() + 1, before.total().add(ADDED)));
        long id = FxDriver.onFx(() -> table.getItems().get(0).id());
        ledger = new ExpenseSummary(before.count() + 1, before.total().add(ADDED));
        // edit
        FxDriver.onFx(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0);
            fx.pointAt(stage);
            fx.type(KeyCode.ENTER);
        });
        Window editor = awaitWindowWith("#amountField");
        FxDriver.onFx(() -> {
            TextField amount = (TextField) editor.getScene().lookup("#amountField");
            amount.setText(EDITED.toPlainString());
            amount.requestFocus();
            fx.pointAt(editor);
        });
        awaitQuiet();
        ExpenseSummary added = ledger;
        BigDecimal edited = added.total().subtract(ADDED).add(EDITED);
        times[1] = time("edit", () -> fx.type(KeyCode.ENTER),
                () -> onScreen(id, EDITED),
                totalsShow(added.count(), edited));
        ledger = new ExpenseSummary(added.count(), edited);
        // delete
        FxDriver.onFx(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0);
            fx.pointAt(stage);
            fx.type(KeyCode.DELETE);
        });
        Window confirm = awaitWindowWith(".outlay-alert");
        FxDriver.onFx(() -> fx.pointAt(confirm));
        ExpenseSummary withIt = ledger;
        times[2] = time("delete", () -> fx.type(KeyCode.ENTER),
                () -> !table.getItems().isEmpty() && table.getItems().stream().noneMatch(r -> r.id() == id),
                totalsShow(withIt.count() - 1, withIt.total().subtract(EDITED)));
        ledger = new ExpenseSummary(withIt.count() - 1, withIt.total().subtract(EDITED));
        // undo
        FxDriver.await("an undo to offer", TIMEOUT_SECONDS, () -> main.expenses().undoLabelProperty().get() != null);
        FxDriver.onFx(() -> {
            table.requestFocus();
            fx.pointAt(stage);
        });
        times[3] = time("undo", () -> fx.chord(KeyCode.CONTROL, KeyCode.Z),
                () -> onScreen(id, EDITED),
                totalsShow(withIt.count(), withIt.total()));
        ledger = withIt;
        return times;
    }

    private static Window awaitWindowWith(String selector) {
        FxDriver.await("a window with " + selector, TIMEOUT_SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup(selector) != null
                        && w.getScene().lookup("#table") == null));
        Window window = FxDriver.onFx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup(selector) != null
                        && w.getScene().lookup("#table") == null).findFirst().orElseThrow());
        ProcessProbe.sleep(150); // let it lay out and take the pointer's focus, as a user would look before pressing
        return window;
    }

    // ---- the baseline --------------------------------------------------------------------------------------------

    /**
     * The same key press in a bare window: a TableView of 200 fixed rows and a label; each press of A swaps in the
     * other fixed list and label text. Time from the press to the frame that shows them.
     */
    private long[] baseline(int samples) {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            a.add("Fixed row A" + i);
            b.add("Fixed row B" + i);
        }
        Stage[] bare = new Stage[1];
        TableView<String> view = FxDriver.onFx(() -> {
            TableView<String> t = new TableView<>(FXCollections.observableArrayList(a));
            TableColumn<String, String> column = new TableColumn<>("Description");
            column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(cell.getValue()));
            column.setPrefWidth(400);
            t.getColumns().add(column);
            Label label = new Label("200 A");
            label.setId("bareLabel");
            t.setOnKeyPressed(event -> {
                if (event.getCode() == KeyCode.A) {
                    boolean showingA = t.getItems().get(0).startsWith("Fixed row A");
                    t.getItems().setAll(showingA ? b : a);
                    label.setText(showingA ? "200 B" : "200 A");
                }
            });
            bare[0] = new Stage();
            bare[0].setScene(new Scene(new javafx.scene.layout.VBox(t, label), 1180, 720));
            bare[0].setTitle("Bare JavaFX");
            bare[0].setX(0);
            bare[0].setY(0);
            bare[0].show();
            t.requestFocus();
            return t;
        });
        ProcessProbe.sleep(500);
        Label label = (Label) view.getScene().lookup("#bareLabel");
        long[] times = new long[samples - warmUp];
        try {
            for (int k = 0; k < samples; k++) {
                boolean toB = FxDriver.onFx(() -> view.getItems().get(0).startsWith("Fixed row A"));
                String first = toB ? b.get(0) : a.get(0);
                String text = toB ? "200 B" : "200 A";
                FxDriver.onFx(() -> {
                    view.requestFocus();
                    fx.pointAt(bare[0]);
                });
                long t = fx.timeToFrame("bare " + k, view.getScene(), () -> fx.type(KeyCode.A), () -> first.equals(view.getItems().get(0))
                        && view.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null
                        && first.equals(flow.getFirstVisibleCell().getItem()) && text.equals(label.getText()), TIMEOUT_SECONDS);
                if (k >= warmUp) {
                    times[k - warmUp] = t;
                }
                ProcessProbe.sleep(100);
            }
        } finally {
            FxDriver.onFx(() -> bare[0].close());
        }
        return times;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
