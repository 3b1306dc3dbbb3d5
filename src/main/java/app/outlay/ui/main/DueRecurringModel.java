package app.outlay.ui.main;

import app.outlay.data.LedgerRoles.Role;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.ledger.MemberService;
import app.outlay.service.recurrence.RecurrenceService;
import app.outlay.ui.common.TaskRunner;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

/**
 * Recurring expenses that fall due are recorded when a ledger opens and again just after each midnight, for people
 * who leave Outlay open; the window says which. A viewer records nothing. The timer itself is the controller's.
 */
public final class DueRecurringModel {

    /** Occurrences fall due at midnight; checked a few seconds later, when the clock has surely turned. */
    static final Duration AFTER_MIDNIGHT = Duration.ofSeconds(5);

    private final RecurrenceService recurrences;
    private final MemberService members;
    private final TaskRunner tasks;
    private final Clock clock;

    public DueRecurringModel(RecurrenceService recurrences, MemberService members, TaskRunner tasks, Clock clock) {
        this.recurrences = recurrences;
        this.members = members;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * Records what has fallen due by today; {@code added} gets them (not called when there were none). The role is
     * asked on the worker, as the window may not know it yet.
     */
    public void createDue(String whatFailed, Consumer<List<ExpenseRow>> added) {
        LocalDate today = LocalDate.now(clock);
        tasks.run(whatFailed, () -> members.currentRole() == Role.VIEWER ? List.<ExpenseRow>of() : recurrences.createDue(today),
                created -> {
                    if (!created.isEmpty()) {
                        added.accept(created);
                    }
                });
    }

    /** How long until the next check: a few seconds past the coming midnight. */
    public Duration untilNextCheck() {
        LocalDateTime now = LocalDateTime.now(clock);
        return Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay().plus(AFTER_MIDNIGHT));
    }
}
