package app.outlay.ui.main;

import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.Frequency;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.ledger.MemberService;
import app.outlay.service.recurrence.RecurrenceService;
import app.outlay.service.recurrence.Repeat;
import app.outlay.testing.SameThreadTasks;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Recurring expenses fallen due, recorded once, and the next check just after midnight; without JavaFX. */
class DueRecurringModelTest {

    private final SameThreadTasks tasks = new SameThreadTasks();

    @Test
    void whatFellDueIsRecordedOnceAndSaid() {
        DatabaseHolder holder = TestDatabases.emptyLedger(TestDatabases.h2());
        LocalDate start = LocalDate.of(2026, 10, 15);
        new ExpenseService(holder).add(new ExpenseDetails(start, "Gym", new BigDecimal("29.90"), null, null),
                new Repeat(Frequency.MONTHLY, null), start);
        DueRecurringModel model = new DueRecurringModel(new RecurrenceService(holder), new MemberService(holder), tasks,
                clockAt(LocalDateTime.of(2026, 12, 4, 9, 0)));
        List<List<ExpenseRow>> said = new ArrayList<>();

        model.createDue("recurring failed", said::add);
        model.createDue("recurring failed", said::add);

        assertThat(said).hasSize(1);
        assertThat(said.get(0)).extracting(ExpenseRow::date).containsExactly(LocalDate.of(2026, 11, 15));
        assertThat(said.get(0)).extracting(ExpenseRow::amount).allSatisfy(amount -> assertThat(amount).isEqualByComparingTo("29.90"));
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void theNextCheckIsJustAfterMidnight() {
        DueRecurringModel model = new DueRecurringModel(null, null, tasks, clockAt(LocalDateTime.of(2026, 12, 4, 23, 59, 0)));

        assertThat(model.untilNextCheck()).isEqualTo(Duration.ofSeconds(65));
    }

    private static Clock clockAt(LocalDateTime time) {
        return Clock.fixed(time.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
