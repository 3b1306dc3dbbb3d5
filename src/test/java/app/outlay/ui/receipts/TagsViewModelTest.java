package app.outlay.ui.receipts;

import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.tag.TagCount;
import app.outlay.service.tag.TagService;
import app.outlay.service.tag.TagTotal;
import app.outlay.testing.SameThreadTasks;
import app.outlay.testing.TestDatabases;
import app.outlay.text.Texts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The Tags window's logic without JavaFX: counts, the report by tag for a period, rename, merge and delete. */
class TagsViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    private final SameThreadTasks tasks = new SameThreadTasks();
    private ExpenseService expenses;
    private TagService tags;
    private TagsViewModel model;

    @BeforeEach
    void emptyLedger() {
        DatabaseHolder holder = TestDatabases.emptyLedger(TestDatabases.h2());
        expenses = new ExpenseService(holder);
        tags = new TagService(holder);
        model = new TagsViewModel(tags, tasks, Texts.of(Locale.US), TODAY);
    }

    private void add(LocalDate date, String amount, String... names) {
        ExpenseRow row = expenses.add(new ExpenseDetails(date, "x", new BigDecimal(amount), null, null));
        tags.setTags(row.id(), List.of(names));
    }

    @Test
    void beforeTheLedgerIsOpenTheWindowSaysSoInTheUsersLanguage() {
        TagsViewModel early = new TagsViewModel(new TagService(new app.outlay.data.DatabaseHolder()), tasks,
                Texts.of(Locale.GERMANY), TODAY);

        early.reload();

        // Before, the English "The database is not open yet" in the German window.
        assertThat(early.messageProperty().get()).isEqualTo("Das Haushaltsbuch ist noch nicht geöffnet. Versuchen Sie es gleich noch einmal.");
    }

    @Test
    void theReportByTagCountsThePeriodOnly() {
        add(TODAY, "100.10", "Rome", "work");
        add(TODAY.minusDays(5), "20.00", "Rome");
        add(TODAY.minusMonths(1), "999.00", "Rome");

        model.reload();

        assertThat(model.tags()).extracting(TagCount::name, TagCount::expenses).containsExactly(tuple("Rome", 3L), tuple("work", 1L));
        assertThat(model.totals()).extracting(TagTotal::tag, TagTotal::total)
                .containsExactly(tuple("Rome", new BigDecimal("120.10")), tuple("work", new BigDecimal("100.10")));
        model.fromProperty().set(TODAY.minusMonths(2));
        model.reload();
        assertThat(model.totals()).extracting(TagTotal::total).first().isEqualTo(new BigDecimal("1119.10"));
        model.toProperty().set(TODAY.minusYears(1));
        model.reload();
        assertThat(model.totals()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("The period ends before it starts.");
    }

    @Test
    void renameMergeAndDeleteShowAtOnceAndARefusalIsAMessage() {
        add(TODAY, "10.00", "Rome", "work");
        model.reload();
        TagCount rome = model.tags().get(0);
        TagCount work = model.tags().get(1);

        model.rename(work, "ROME");
        assertThat(model.messageProperty().get()).isEqualTo("There is already a tag named \u201cROME\u201d");
        model.rename(work, "Work");
        assertThat(model.tags()).extracting(TagCount::name).containsExactly("Rome", "Work");
        model.merge(model.tags().get(1), model.tags().get(0));
        assertThat(model.tags()).extracting(TagCount::name).containsExactly("Rome");
        model.delete(rome);
        assertThat(model.tags()).isEmpty();
    }

    /** The main window shows tags too (chips, the filter): each change made here tells it, a refused one does not. */
    @Test
    void eachChangeTellsTheMainWindowARefusalDoesNot() {
        add(TODAY, "10.00", "Rome", "work");
        model.reload();
        int[] told = new int[1];
        model.onChanged(() -> told[0]++);

        model.rename(model.tags().get(1), "ROME");
        assertThat(told[0]).isZero();
        model.rename(model.tags().get(1), "Work");
        model.merge(model.tags().get(1), model.tags().get(0));
        model.delete(model.tags().get(0));

        assertThat(told[0]).isEqualTo(3);
    }

    @Test
    void theListAndTheDeleteQuestionSayOneExpenseOrSeveralInEnglishAndGerman() {
        TagsViewModel german = new TagsViewModel(tags, tasks, Texts.of(Locale.GERMAN), TODAY);
        TagCount one = new TagCount(1, "haushalt", 1);
        TagCount two = new TagCount(2, "abo", 2);

        assertThat(german.label(one)).isEqualTo("haushalt (1 Ausgabe)");
        assertThat(german.label(two)).isEqualTo("abo (2 Ausgaben)");
        assertThat(german.deleteDetail(one)).isEqualTo("Die eine Ausgabe damit behält alles andere.");
        assertThat(model.label(one)).isEqualTo("haushalt (1 expense)");
        assertThat(model.deleteDetail(two)).isEqualTo("The 2 expenses carrying it keep everything else.");
    }
}
