package app.outlay.service.ledger;

import app.outlay.service.category.CategoryRow;
import app.outlay.service.category.CategoryService;
import app.outlay.service.category.DuplicateNameException;
import app.outlay.service.expense.ChangedElsewhereException;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseList;
import app.outlay.service.expense.ExpenseOrder;
import app.outlay.service.expense.ExpensePage;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.expense.ExpenseSummary;
import app.outlay.service.expense.NewestExpenses;
import app.outlay.service.history.ChangeRow;
import app.outlay.service.history.HistoryService;
import app.outlay.service.history.UndoRefusedException;
import app.outlay.service.history.UndoService;
import app.outlay.service.recurrence.Repeat;
import app.outlay.data.AppSession;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.ForeignAmount;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The services' behaviour, run unchanged against every database Outlay supports (one subclass each),
 * as jGnash does for its stores.
 */
abstract class LedgerContractTest {

    private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);

    protected ExpenseService expenses;
    protected CategoryService categories;
    protected LedgerService ledger;
    protected Database database;

    protected abstract Database database();

    @BeforeEach
    void cleanLedger() {
        database = database();
        DatabaseHolder holder = TestDatabases.emptyLedger(database);
        expenses = new ExpenseService(holder);
        categories = new CategoryService(holder);
        ledger = new LedgerService(holder);
    }

    private long categoryId(String name) {
        return categories.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    private ExpenseRow add(LocalDate date, String description, String amount, String category, String notes) {
        return expenses.add(new ExpenseDetails(date, description, new BigDecimal(amount),
                category == null ? null : categoryId(category), notes));
    }

    @Test
    void seededCategoriesAreThere() {
        assertThat(categories.list()).extracting(CategoryRow::name)
                .contains("Groceries", "Housing", "Transport", "Other", "Salary")
                .hasSize(13);
    }

    @Test
    void addedExpenseIsReadBackExactly() {
        ExpenseRow saved = add(MARCH_3, "  Weekly groceries ", "42.9", "Groceries", "Market on the square");

        ExpenseRow read = expenses.get(saved.id());
        assertThat(read.date()).isEqualTo(MARCH_3);
        assertThat(read.description()).isEqualTo("Weekly groceries");
        assertThat(read.amount()).isEqualByComparingTo("42.90");
        assertThat(read.amount().scale()).isEqualTo(2);
        assertThat(read.categoryName()).isEqualTo("Groceries");
        assertThat(read.categoryColour()).matches("#[0-9a-f]{6}");
        assertThat(read.notes()).isEqualTo("Market on the square");
        assertThat(ledger.counts().expenses()).isEqualTo(1);
    }

    @Test
    void expenseWithoutCategoryOrNotes() {
        ExpenseRow saved = add(MARCH_3, "Parking", "3.00", null, "   ");
        ExpenseRow read = expenses.get(saved.id());
        assertThat(read.categoryId()).isNull();
        assertThat(read.categoryName()).isNull();
        assertThat(read.notes()).isNull();
    }

    @Test
    void updateChangesEveryFieldAndBumpsTheVersion() {
        ExpenseRow saved = add(MARCH_3, "Lunch", "12.50", "Eating out", null);

        ExpenseRow updated = expenses.update(saved.id(), saved.version(), new ExpenseDetails(
                MARCH_3.plusDays(1), "Team lunch", new BigDecimal("48.20"), categoryId("Other"), "with Ann"));

        assertThat(updated.version()).isGreaterThan(saved.version());
        ExpenseRow read = expenses.get(saved.id());
        assertThat(read).isEqualTo(updated);
        assertThat(read.description()).isEqualTo("Team lunch");
        assertThat(read.amount()).isEqualByComparingTo("48.20");
        assertThat(read.categoryName()).isEqualTo("Other");
        assertThat(read.date()).isEqualTo(MARCH_3.plusDays(1));
    }

    @Test
    void updateFromAStaleReadIsRefusedAndSavesNothing() {
        ExpenseRow saved = add(MARCH_3, "Lunch", "12.50", null, null);
        expenses.update(saved.id(), saved.version(), new ExpenseDetails(MARCH_3, "Lunch (edited elsewhere)",
                new BigDecimal("13.00"), null, null));

        assertThatThrownBy(() -> expenses.update(saved.id(), saved.version(), new ExpenseDetails(MARCH_3, "Mine",
                new BigDecimal("99.00"), null, null)))
                .isInstanceOf(ChangedElsewhereException.class)
                .hasMessageContaining("changed elsewhere");
        assertThat(expenses.get(saved.id()).description()).isEqualTo("Lunch (edited elsewhere)");
    }

    @Test
    void deleteRemovesTheExpense() {
        ExpenseRow keep = add(MARCH_3, "Keep", "1.00", null, null);
        ExpenseRow gone = add(MARCH_3, "Gone", "2.00", null, null);

        expenses.delete(gone.id());

        assertThat(expenses.find(ExpenseFilter.all(), 100).rows()).extracting(ExpenseRow::id).containsExactly(keep.id());
        assertThatThrownBy(() -> expenses.get(gone.id())).isInstanceOf(ChangedElsewhereException.class);
        assertThatThrownBy(() -> expenses.delete(gone.id())).isInstanceOf(ChangedElsewhereException.class);
    }

    @Test
    void totalsAreExactDecimals() {
        add(MARCH_3, "a", "0.10", null, null);
        add(MARCH_3, "b", "0.20", null, null);

        ExpenseSummary summary = expenses.summarize(ExpenseFilter.all());
        assertThat(summary.total()).isEqualTo(new BigDecimal("0.30"));
        assertThat(summary.count()).isEqualTo(2);
    }

    @Test
    void emptyLedgerTotalsZero() {
        ExpenseList list = expenses.find(ExpenseFilter.all(), 100);
        assertThat(list.rows()).isEmpty();
        assertThat(list.summary()).isEqualTo(new ExpenseSummary(0, new BigDecimal("0.00")));
    }

    @Test
    void newestFirstWithStableOrderForEqualDates() {
        ExpenseRow older = add(MARCH_3.minusDays(10), "older", "1.00", null, null);
        ExpenseRow first = add(MARCH_3, "first of the day", "1.00", null, null);
        ExpenseRow second = add(MARCH_3, "second of the day", "1.00", null, null);

        assertThat(expenses.find(ExpenseFilter.all(), 100).rows()).extracting(ExpenseRow::id)
                .containsExactly(second.id(), first.id(), older.id());
    }

    @Test
    void searchLooksInDescriptionAndNotesIgnoringCase() {
        add(MARCH_3, "Weekly GROCERIES", "10.00", null, null);
        add(MARCH_3, "Market", "20.00", null, "fruit and groceries");
        add(MARCH_3, "Cinema", "30.00", null, null);

        ExpenseList found = expenses.find(ExpenseFilter.all().withSearch("grocer"), 100);
        assertThat(found.rows()).extracting(ExpenseRow::description).containsExactlyInAnyOrder("Weekly GROCERIES", "Market");
        assertThat(found.summary().total()).isEqualByComparingTo("30.00");
    }

    @Test
    void searchTreatsWildcardsAsText() {
        add(MARCH_3, "100% juice", "3.00", null, null);
        add(MARCH_3, "1000 juice", "4.00", null, null);
        add(MARCH_3, "a_b", "5.00", null, null);
        add(MARCH_3, "axb", "6.00", null, null);

        assertThat(expenses.find(ExpenseFilter.all().withSearch("0%"), 100).rows())
                .extracting(ExpenseRow::description).containsExactly("100% juice");
        assertThat(expenses.find(ExpenseFilter.all().withSearch("a_b"), 100).rows())
                .extracting(ExpenseRow::description).containsExactly("a_b");
    }

    @Test
    void periodFilterIncludesBothEnds() {
        add(LocalDate.of(2026, 2, 28), "before", "1.00", null, null);
        add(LocalDate.of(2026, 3, 1), "first day", "2.00", null, null);
        add(LocalDate.of(2026, 3, 31), "last day", "3.00", null, null);
        add(LocalDate.of(2026, 4, 1), "after", "4.00", null, null);

        ExpenseList march = expenses.find(ExpenseFilter.all().withPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)), 100);
        assertThat(march.rows()).extracting(ExpenseRow::description).containsExactly("last day", "first day");
        assertThat(march.summary()).isEqualTo(new ExpenseSummary(2, new BigDecimal("5.00")));

        assertThat(expenses.find(ExpenseFilter.all().withPeriod(LocalDate.of(2026, 3, 31), null), 100).rows())
                .extracting(ExpenseRow::description).containsExactly("after", "last day");
        assertThat(expenses.find(ExpenseFilter.all().withPeriod(null, LocalDate.of(2026, 2, 28)), 100).rows())
                .extracting(ExpenseRow::description).containsExactly("before");
    }

    @Test
    void categoryFilter() {
        add(MARCH_3, "apples", "1.00", "Groceries", null);
        add(MARCH_3, "bus", "2.00", "Transport", null);
        add(MARCH_3, "uncategorised", "3.00", null, null);

        ExpenseList groceries = expenses.find(ExpenseFilter.all().withCategory(categoryId("Groceries")), 100);
        assertThat(groceries.rows()).extracting(ExpenseRow::description).containsExactly("apples");
        assertThat(groceries.summary().total()).isEqualByComparingTo("1.00");
    }

    @Test
    void filtersCombine() {
        long groceries = categoryId("Groceries");
        add(LocalDate.of(2026, 3, 5), "Market fruit", "5.55", "Groceries", null);
        add(LocalDate.of(2026, 3, 6), "Market flowers", "7.00", "Shopping", null);
        add(LocalDate.of(2026, 4, 5), "Market fruit", "6.66", "Groceries", null);
        add(LocalDate.of(2026, 3, 7), "Bakery", "2.20", "Groceries", null);

        ExpenseFilter filter = new ExpenseFilter("market", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), groceries);
        ExpenseList found = expenses.find(filter, 100);
        assertThat(found.rows()).extracting(ExpenseRow::amount).containsExactly(new BigDecimal("5.55"));
        assertThat(found.summary()).isEqualTo(new ExpenseSummary(1, new BigDecimal("5.55")));
    }

    @Test
    void limitCutsRowsButNotTheSummary() {
        for (int i = 1; i <= 5; i++) {
            add(MARCH_3.plusDays(i), "day " + i, i + ".00", null, null);
        }
        ExpenseList list = expenses.find(ExpenseFilter.all(), 3);
        assertThat(list.rows()).extracting(ExpenseRow::description).containsExactly("day 5", "day 4", "day 3");
        assertThat(list.isTruncated()).isTrue();
        assertThat(list.summary()).isEqualTo(new ExpenseSummary(5, new BigDecimal("15.00")));
    }

    @Test
    void categoryNamesAreUniqueIgnoringCase() {
        CategoryRow pets = categories.create("Pets", null);
        assertThat(pets.colour()).matches("#[0-9a-f]{6}");
        assertThat(categories.list()).extracting(CategoryRow::name).contains("Pets");

        assertThatThrownBy(() -> categories.create("  PETS ", null))
                .isInstanceOf(DuplicateNameException.class)
                .hasMessageContaining("already exists");
        assertThatThrownBy(() -> categories.create("groceries", null)).isInstanceOf(DuplicateNameException.class);
    }

    @Test
    void theDatabaseRefusesWhatTheDomainRefuses() throws SQLException {
        // The CHECK constraint guards data written by other tools too, not only through Outlay.
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("insert into expense (id, spent_on, description, amount, "
                    + "created_at, updated_at, version) values (1, DATE '2026-03-03', 'x', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)"))
                    .isInstanceOf(SQLException.class);
        }
        assertThat(expenses.find(ExpenseFilter.all(), 10).rows()).isEmpty();
    }

    @Test
    void largeAmountsKeepEveryCent() {
        add(MARCH_3, "house", "99999999999999999.99", null, null);
        add(MARCH_3, "cent", "0.01", null, null);
        List<ExpenseRow> rows = expenses.find(ExpenseFilter.all(), 10).rows();
        assertThat(rows).extracting(ExpenseRow::amount)
                .containsExactlyInAnyOrder(new BigDecimal("99999999999999999.99"), new BigDecimal("0.01"));
        assertThat(expenses.summarize(ExpenseFilter.all()).total()).isEqualTo(new BigDecimal("100000000000000000.00"));
    }

    // --- history and undo (kept in the database, so they survive a restart)

    @Test
    void historyShowsAnExpenseMadeToRepeatAndOneTurnedIntoARefund() {
        ExpenseRow gym = add(MARCH_3, "Gym", "30.00", null, null);
        expenses.update(gym.id(), gym.version(), new ExpenseDetails(MARCH_3, "Gym", new BigDecimal("30.00"), null, null),
                new Repeat(app.outlay.domain.Frequency.MONTHLY, null));
        ExpenseRow shoes = add(MARCH_3, "Shoes", "60.00", null, null);
        expenses.update(shoes.id(), shoes.version(), new ExpenseDetails(MARCH_3, "Shoes", new BigDecimal("60.00"), null, null,
                app.outlay.domain.EntryKind.REFUND, null, null));

        HistoryService history = new HistoryService(new DatabaseHolder(database));

        assertThat(history.ofExpense(gym.id()).get(0).summary())
                .isEqualTo("Changed \u201cGym\u201d: repeats Does not repeat \u2192 Every month");
        assertThat(history.ofExpense(shoes.id()).get(0).summary())
                .isEqualTo("Changed \u201cShoes\u201d: kind Expense \u2192 Refund");
    }

    @Test
    void historyOfAChangedExpenseShowsEveryStep() {
        ExpenseRow lunch = add(MARCH_3, "Lunch", "12.50", "Eating out", null);
        ExpenseRow edited = expenses.update(lunch.id(), lunch.version(),
                new ExpenseDetails(MARCH_3, "Lunch", new BigDecimal("13.00"), categoryId("Eating out"), null));
        expenses.update(edited.id(), edited.version(),
                new ExpenseDetails(MARCH_3, "Team lunch", new BigDecimal("13.00"), categoryId("Other"), "with Ann"));

        List<ChangeRow> history = new HistoryService(new DatabaseHolder(database)).ofExpense(lunch.id());

        assertThat(history).extracting(ChangeRow::action).containsExactly("UPDATE", "UPDATE", "INSERT");
        assertThat(history.get(2).summary()).isEqualTo("Added \u201cLunch\u201d");
        assertThat(history.get(1).summary()).isEqualTo("Changed \u201cLunch\u201d: amount 12.50 \u2192 13.00");
        assertThat(history.get(0).summary()).isEqualTo("Changed \u201cTeam lunch\u201d: description Lunch \u2192 Team lunch; "
                + "category Eating out \u2192 Other; notes (none) \u2192 with Ann");
        assertThat(history).allSatisfy(change -> {
            assertThat(change.changedBy()).isNotBlank();
            assertThat(change.computer()).isNotBlank();
            assertThat(change.changedAt()).isNotNull();
        });
    }

    @Test
    void undoPutsBackEditsAndDeletesWithTheirOwnIds() {
        ExpenseRow rent = add(MARCH_3, "Rent", "950.00", "Housing", "flat 3B");
        ExpenseRow coffee = add(MARCH_3, "Coffee", "3.20", null, null);
        expenses.update(rent.id(), rent.version(), new ExpenseDetails(MARCH_3, "Rent", new BigDecimal("990.00"), categoryId("Housing"), "flat 3B"));
        expenses.deleteAll(List.of(rent.id(), coffee.id()));

        // A new service instance, as after a restart: nothing is remembered in memory.
        UndoService undo = new UndoService(new DatabaseHolder(database));
        UndoService.UndoStep step = undo.next().orElseThrow();
        assertThat(step.label()).isEqualTo("Undo delete of 2 expenses");
        undo.undo(step.batchId());
        assertThat(expenses.get(rent.id()).amount()).isEqualByComparingTo("990.00");
        assertThat(expenses.get(coffee.id()).description()).isEqualTo("Coffee");

        UndoService.UndoStep edit = new UndoService(new DatabaseHolder(database)).next().orElseThrow();
        assertThat(edit.label()).isEqualTo("Undo edit of \u201cRent\u201d");
        undo.undo(edit.batchId());
        ExpenseRow restored = expenses.get(rent.id());
        assertThat(restored.amount()).isEqualByComparingTo("950.00");
        assertThat(restored.categoryName()).isEqualTo("Housing");
        assertThat(restored.notes()).isEqualTo("flat 3B");

        assertThat(undo.next().orElseThrow().label()).isEqualTo("Undo add of \u201cCoffee\u201d");
    }

    @Test
    void undoWalksBackTwoEditsOfOneExpenseInTurn() {
        ExpenseRow lunch = add(MARCH_3, "Lunch", "12.50", null, null);
        ExpenseRow first = expenses.update(lunch.id(), lunch.version(), new ExpenseDetails(MARCH_3, "Lunch", new BigDecimal("14.00"), null, null));
        expenses.update(first.id(), first.version(), new ExpenseDetails(MARCH_3, "Lunch", new BigDecimal("15.50"), null, "with dessert"));
        UndoService undo = new UndoService(new DatabaseHolder(database));

        undo.undo(undo.next().orElseThrow().batchId());
        assertThat(expenses.get(lunch.id()).amount()).isEqualByComparingTo("14.00");
        // The first undo saved 14.00 again as a newer version: the edit before it is still ours to undo.
        undo.undo(undo.next().orElseThrow().batchId());
        assertThat(expenses.get(lunch.id()).amount()).isEqualByComparingTo("12.50");
        assertThat(undo.next().orElseThrow().label()).isEqualTo("Undo add of \u201cLunch\u201d");
    }

    @Test
    void undoRefusesToOverwriteALaterChangeMadeElsewhere() {
        ExpenseRow lunch = add(MARCH_3, "Lunch", "12.50", null, null);
        ExpenseRow mine = expenses.update(lunch.id(), lunch.version(), new ExpenseDetails(MARCH_3, "Lunch", new BigDecimal("14.00"), null, null));
        UndoService undo = new UndoService(new DatabaseHolder(database));
        long myEdit = undo.next().orElseThrow().batchId();
        // Someone else changes it again afterwards (their change is not "mine" to undo, but it is newer).
        database.sessionFactory().inTransaction(session -> session.createMutationQuery(
                "update Expense e set e.description = 'Lunch (theirs)', e.version = e.version + 1 where e.id = :id")
                .setParameter("id", mine.id()).executeUpdate());

        assertThatThrownBy(() -> undo.undo(myEdit)).isInstanceOf(ChangedElsewhereException.class)
                .hasMessageContaining("changed again since");
        assertThat(expenses.get(lunch.id()).description()).isEqualTo("Lunch (theirs)");
    }

    // --- two windows of the same user on the same computer: each undoes only its own changes

    @Test
    void undoInOneWindowNeverUndoesWhatAnotherOpenWindowDid() {
        try (AppSession first = AppSession.start(); AppSession second = AppSession.start()) {
            ExpenseService firstWindow = new ExpenseService(new DatabaseHolder(database, first));
            ExpenseService secondWindow = new ExpenseService(new DatabaseHolder(database, second));
            UndoService firstUndo = new UndoService(new DatabaseHolder(database, first));
            UndoService secondUndo = new UndoService(new DatabaseHolder(database, second));
            ExpenseRow lunch = firstWindow.add(new ExpenseDetails(MARCH_3, "Lunch", new BigDecimal("12.50"), null, null));
            ExpenseRow taxi = secondWindow.add(new ExpenseDetails(MARCH_3, "Taxi", new BigDecimal("30.00"), null, null));

            UndoService.UndoStep step = firstUndo.next().orElseThrow();
            assertThat(step.label()).isEqualTo("Undo add of \u201cLunch\u201d");
            firstUndo.undo(step.batchId());
            assertThat(expenses.find(ExpenseFilter.all(), 10).rows()).extracting(ExpenseRow::id).containsExactly(taxi.id());
            // The second window's change is not the first one's to undo while the second is open.
            assertThat(firstUndo.next()).isEmpty();

            assertThat(secondUndo.next().orElseThrow().label()).isEqualTo("Undo add of \u201cTaxi\u201d");
            assertThat(lunch.id()).isNotEqualTo(taxi.id());
        }
    }

    @Test
    void anotherOpenWindowsChangeIsRefusedPlainlyAndNothingChanges() {
        try (AppSession first = AppSession.start(); AppSession second = AppSession.start()) {
            ExpenseService secondWindow = new ExpenseService(new DatabaseHolder(database, second));
            UndoService firstUndo = new UndoService(new DatabaseHolder(database, first));
            UndoService secondUndo = new UndoService(new DatabaseHolder(database, second));
            secondWindow.add(new ExpenseDetails(MARCH_3, "Taxi", new BigDecimal("30.00"), null, null));
            long theirs = secondUndo.next().orElseThrow().batchId();

            // E.g. a menu still showing a step from before: the undo itself checks again.
            assertThatThrownBy(() -> firstUndo.undo(theirs)).isInstanceOf(UndoRefusedException.class)
                    .hasMessageContaining("another Outlay window that is still open");
            assertThat(ledger.counts().expenses()).isEqualTo(1);

            secondUndo.undo(theirs);
            assertThat(ledger.counts().expenses()).isZero();
            // Undone once already (in the other window): a second undo of it changes nothing.
            assertThatThrownBy(() -> secondUndo.undo(theirs)).isInstanceOf(UndoRefusedException.class)
                    .hasMessageContaining("undone already");
            assertThat(ledger.counts().expenses()).isZero();
        }
    }

    @Test
    void changesOfAnOutlayThatHasEndedCanBeUndoneAsAfterARestart() {
        AppSession earlier = AppSession.start();
        new ExpenseService(new DatabaseHolder(database, earlier))
                .add(new ExpenseDetails(MARCH_3, "Rent", new BigDecimal("950.00"), null, null));
        earlier.close();

        try (AppSession now = AppSession.start()) {
            UndoService undo = new UndoService(new DatabaseHolder(database, now));
            UndoService.UndoStep step = undo.next().orElseThrow();
            assertThat(step.label()).isEqualTo("Undo add of \u201cRent\u201d");
            undo.undo(step.batchId());
            assertThat(ledger.counts().expenses()).isZero();
        }
    }

    @Test
    void changesRecordedBeforeSessionsExistedStayUndoable() {
        ExpenseRow rent = add(MARCH_3, "Rent", "950.00", null, null);
        // As a change logged before V10: no session.
        database.sessionFactory().inTransaction(session -> session.createNativeMutationQuery(
                "update change_log set session_id = null").executeUpdate());

        try (AppSession now = AppSession.start()) {
            UndoService undo = new UndoService(new DatabaseHolder(database, now));
            undo.undo(undo.next().orElseThrow().batchId());
            assertThat(ledger.counts().expenses()).isZero();
            assertThat(rent.description()).isEqualTo("Rent");
        }
    }

    // --- keyset paging: the list never loads every row

    @Test
    void theNewestPageReadAheadOfHibernateIsTheServicesOwn() throws SQLException {
        add(MARCH_3, "Rent", "950.00", "Housing", "flat 3B");
        add(MARCH_3, "Coffee", "3.20", null, null);
        add(MARCH_3.minusDays(1), "Bus", "2.80", "Transport", null);
        expenses.add(new ExpenseDetails(MARCH_3.minusDays(7), "Gym", new BigDecimal("30.00"), null, "monthly"),
                new Repeat(app.outlay.domain.Frequency.MONTHLY, MARCH_3.plusMonths(6)), MARCH_3.minusDays(7));
        for (int i = 0; i < 6; i++) {
            add(MARCH_3.minusDays(2 + i % 2), "Lunch " + i, "12.5" + i, i % 2 == 0 ? "Eating out" : null, null);
        }
        expenses.add(new ExpenseDetails(MARCH_3.minusDays(1), "Ramen", BigDecimal.ONE, null, null).paidIn(ForeignAmount.atRate(
                java.util.Currency.getInstance("JPY"), new BigDecimal("3200"), new BigDecimal("0.0061")), java.util.Currency.getInstance("EUR")));
        // The list as it opens is read by NewestExpenses itself (ExpenseQueries.findPage); a period that holds every
        // entry is the same list through the HQL query every other filter uses.
        ExpenseFilter everything = ExpenseFilter.all().withPeriod(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31));
        for (int size : new int[] {3, 5, 50}) {
            ExpensePage hql = expenses.page(everything, ExpenseOrder.NEWEST_FIRST, null, size);
            assertThat(NewestExpenses.read(database.dataSource(), size)).as("first %d", size).isEqualTo(hql)
                    .isEqualTo(expenses.page(ExpenseFilter.all(), ExpenseOrder.NEWEST_FIRST, null, size));
        }
        // The pages after it too (the list reads its next page ahead as it opens): the HQL's keyset, across dates shared.
        ExpenseRow after = null;
        ExpensePage plain;
        do {
            plain = expenses.page(ExpenseFilter.all(), ExpenseOrder.NEWEST_FIRST, after, 2);
            assertThat(plain).as("after %s", after).isEqualTo(expenses.page(everything, ExpenseOrder.NEWEST_FIRST, after, 2));
            after = plain.last();
        } while (plain.hasMore());
        assertThat(NewestExpenses.read(database.dataSource(), 50).rows()).filteredOn(row -> row.description().equals("Ramen"))
                .singleElement().satisfies(row -> assertThat(row.currency() + " " + row.originalAmount()).isEqualTo("JPY 3200"));
    }

    @Test
    void pagesInEveryOrderVisitEachRowOnceEvenWithTies() {
        for (int i = 0; i < 23; i++) {
            // Three dates and three amounts only: most rows tie with others on the ordering column.
            add(MARCH_3.plusDays(i % 3), "item " + (char) ('a' + i % 5), (1 + i % 3) + ".00", null, null);
        }
        for (ExpenseOrder order : ExpenseOrder.values()) {
            java.util.List<Long> seen = new java.util.ArrayList<>();
            ExpenseRow after = null;
            ExpensePage page;
            do {
                page = expenses.page(ExpenseFilter.all(), order, after, 5);
                page.rows().forEach(row -> seen.add(row.id()));
                after = page.last();
            } while (page.hasMore());
            assertThat(seen).as(order.name()).hasSize(23).doesNotHaveDuplicates();
        }
        java.util.List<ExpenseRow> largest = expenses.page(ExpenseFilter.all(), ExpenseOrder.LARGEST_FIRST, null, 30).rows();
        assertThat(largest).extracting(ExpenseRow::amount).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void pagesFollowTheFilter() {
        add(MARCH_3, "Coffee", "3.00", "Eating out", null);
        add(MARCH_3, "Coffee beans", "9.00", "Groceries", null);
        add(MARCH_3, "Tea", "2.00", "Eating out", null);
        ExpensePage page = expenses.page(ExpenseFilter.all().withSearch("coffee").withCategory(categoryId("Eating out")),
                ExpenseOrder.NEWEST_FIRST, null, 10);
        assertThat(page.rows()).extracting(ExpenseRow::description).containsExactly("Coffee");
        assertThat(page.hasMore()).isFalse();
    }
}
