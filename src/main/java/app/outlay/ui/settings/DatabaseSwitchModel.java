package app.outlay.ui.settings;

import app.outlay.data.ConnectionProblem;
import app.outlay.data.DatabaseSettings;
import app.outlay.service.ledger.DatabaseService;
import app.outlay.service.ledger.DatabaseSwitcher;
import app.outlay.service.ledger.LedgerConversion;
import app.outlay.service.ledger.LedgerService;
import app.outlay.service.ledger.OpenLedger;
import app.outlay.text.InvalidInputException;
import app.outlay.text.Texts;
import app.outlay.ui.common.AppState;
import app.outlay.ui.common.TaskRunner;
import app.outlay.ui.common.UserMessages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * The settings dialog's test and switch, as a state machine: save the currency where it changed, open and migrate
 * the target, ask whether to copy the ledger into it (only into an empty one), copy, save the settings, and only then
 * put it in use. Any failure leaves the database in use as it was and says so. The dialog shows {@link #stepProperty}
 * and {@link #statusProperty}; the work runs through the {@link TaskRunner}.
 */
public final class DatabaseSwitchModel {

    private static final Logger log = LoggerFactory.getLogger(DatabaseSwitchModel.class);

    /** Where the flow stands. */
    public enum Step {
        /** Waiting for the user; the status says how the last step ended. */
        IDLE, TESTING, SAVING_CURRENCY,
        /**
         * The currency cannot simply change (entries in other currencies exist): the conversion's preview waits for
         * the user ({@link #conversionPreview}, {@link #answerConversion}; issue 22).
         */
        CONFIRMING_CONVERSION, OPENING,
        /** The target is open and empty: copy the ledger into it, start empty, or cancel ({@link #answerCopy}). */
        CHOOSING_COPY, SWITCHING,
        /** Saved; the database in use was the target already: the dialog closes. */
        UNCHANGED,
        /** The target is in use now: the dialog closes. */
        SWITCHED
    }

    /** How the status line looks: a style class of app.css. */
    public enum Tone {
        OK("status-ok"), WORKING("status-working"), ERROR("status-error");

        private final String styleClass;

        Tone(String styleClass) {
            this.styleClass = styleClass;
        }

        public String styleClass() {
            return styleClass;
        }
    }

    private final DatabaseService databases;
    private final LedgerService ledger;
    private final AppState state;
    private final TaskRunner tasks;
    private final Texts texts;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.IDLE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.ERROR);
    private final BooleanBinding busy;
    private DatabaseSwitcher.Candidate candidate;
    private boolean rememberPassword;
    /** Converts the ledger into another currency with the rate table (issue 22); null: only refuse, as before. */
    private final LedgerConversion conversion;
    private LedgerConversion.Preview preview;
    private DatabaseSettings afterConversion;

    public DatabaseSwitchModel(DatabaseService databases, LedgerService ledger, AppState state, TaskRunner tasks, Texts texts) {
        this(databases, ledger, null, state, tasks, texts);
    }

    public DatabaseSwitchModel(DatabaseService databases, LedgerService ledger, LedgerConversion conversion, AppState state,
                               TaskRunner tasks, Texts texts) {
        this.databases = databases;
        this.ledger = ledger;
        this.conversion = conversion;
        this.state = state;
        this.tasks = tasks;
        this.texts = texts;
        this.busy = Bindings.createBooleanBinding(() -> switch (step.get()) {
            case TESTING, SAVING_CURRENCY, CONFIRMING_CONVERSION, OPENING, CHOOSING_COPY, SWITCHING -> true;
            default -> false;
        }, step);
    }

    /** "Test connection": the server's name and version, or why not. */
    public void test(DatabaseSettings target) {
        working(Step.TESTING, texts.format("settings.status.connecting", target.displayName()));
        tasks.run(() -> databases.test(target), result -> {
            step.set(Step.IDLE);
            if (result.ok()) {
                show(texts.format("settings.status.connected", result.server()), Tone.OK);
            } else {
                show(texts.of(result.problem()), Tone.ERROR);
            }
        }, failure -> failed(failure, target));
    }

    /**
     * Saves: the ledger's currency first where {@code currency} differs from the one in use (a ledger must be open),
     * then the database choice.
     */
    public void save(Currency currency, DatabaseSettings target, boolean rememberPassword) {
        this.rememberPassword = rememberPassword;
        if (currency == null || state.ledgerProperty().get() == null || currency.equals(state.money().currency())) {
            switchTo(target);
            return;
        }
        working(Step.SAVING_CURRENCY, texts.get("settings.currency.saving"));
        tasks.run(() -> ledger.setCurrency(currency), saved -> {
            state.useCurrency(saved);
            switchTo(target);
        }, failure -> {
            if (conversion != null && failure instanceof InvalidInputException refused
                    && refused.explanation().key().equals("problem.ledgerCurrency.foreignEntries")) {
                offerConversion(currency, target);
                return;
            }
            currencyFailed(failure);
        });
    }

    private void currencyFailed(Throwable failure) {
        step.set(Step.IDLE);
        show(texts.format("settings.currency.failed", UserMessages.describe(failure, texts)), Tone.ERROR);
        log.warn("Saving the currency failed", failure);
    }

    /** Entries in other currencies exist: what converting them would do, for the user to confirm (issue 22). */
    private void offerConversion(Currency currency, DatabaseSettings target) {
        afterConversion = target;
        tasks.run(() -> conversion.preview(currency, LocalDate.now()), shown -> {
            preview = shown;
            step.set(Step.CONFIRMING_CONVERSION);
        }, this::currencyFailed);
    }

    /** The conversion waiting for {@link #answerConversion}, while {@link Step#CONFIRMING_CONVERSION}. */
    public LedgerConversion.Preview conversionPreview() {
        return preview;
    }

    /**
     * The answer to the conversion's preview: convert (only when it is possible), or not — then nothing changes and
     * the status says why the currency stays.
     */
    public void answerConversion(boolean convert) {
        if (step.get() != Step.CONFIRMING_CONVERSION) {
            throw new IllegalStateException(String.valueOf(step.get())); // a programming error: no conversion question is open
        }
        LedgerConversion.Preview shown = preview;
        preview = null;
        if (!convert || !shown.possible()) {
            step.set(Step.IDLE);
            show(texts.of(shown.possible() ? app.outlay.text.UserText.of("problem.ledgerCurrency.foreignEntries",
                    shown.from().getCurrencyCode(), shown.to().getCurrencyCode(), shown.entries() - shown.becomeForeign())
                    : shown.lines().get(shown.lines().size() - 1)), Tone.ERROR);
            return;
        }
        working(Step.SAVING_CURRENCY, texts.get("settings.currency.converting"));
        tasks.run(() -> conversion.convert(shown.to(), LocalDate.now()), done -> {
            state.useCurrency(done.to());
            // every amount changed: the views that show them load them again
            state.ledgerChanged();
            switchTo(afterConversion);
        }, this::currencyFailed);
    }

    private void switchTo(DatabaseSettings target) {
        if (databases.isInUse(target)) {
            step.set(Step.UNCHANGED);
            return;
        }
        working(Step.OPENING, texts.format("settings.status.opening", target.displayName()));
        tasks.run(() -> databases.openCandidate(target), opened -> {
            candidate = opened;
            if (opened.offerCopy()) {
                step.set(Step.CHOOSING_COPY);
            } else {
                complete(false);
            }
        }, failure -> failed(failure, target));
    }

    /** The target waiting for {@link #answerCopy}, while {@link Step#CHOOSING_COPY}. */
    public DatabaseSwitcher.Candidate candidate() {
        return candidate;
    }

    /** The user's answer: copy (true), start empty (false), or cancel (empty: the target is closed, nothing changed). */
    public void answerCopy(Optional<Boolean> copy) {
        if (step.get() != Step.CHOOSING_COPY) {
            throw new IllegalStateException("No copy question is open: " + step.get());
        }
        if (copy.isPresent()) {
            complete(copy.get());
            return;
        }
        DatabaseSwitcher.Candidate cancelled = candidate;
        candidate = null;
        step.set(Step.IDLE);
        show("", Tone.ERROR);
        tasks.run(() -> {
            databases.discard(cancelled);
            return null;
        }, ignored -> { }, failure -> log.warn("Closing {} failed", cancelled.displayName(), failure));
    }

    private void complete(boolean copy) {
        DatabaseSwitcher.Candidate chosen = candidate;
        working(Step.SWITCHING, texts.get(copy ? "settings.status.copying" : "settings.status.switching"));
        tasks.run(() -> databases.completeSwitch(chosen, copy, rememberPassword), (OpenLedger next) -> {
            candidate = null;
            databases.use(next);
            step.set(Step.SWITCHED);
        }, failure -> failed(failure, chosen.settings()));
    }

    /** A problem with what the form says (or "" when none), shown unless a step is running. */
    public void showProblem(String problem) {
        if (!busy.get()) {
            show(problem == null ? "" : problem, Tone.ERROR);
        }
    }

    private void failed(Throwable failure, DatabaseSettings target) {
        step.set(Step.IDLE);
        ConnectionProblem problem = ConnectionProblem.of(failure, target);
        String reason = texts.of(problem.text());
        String current = databases.inUse().map(OpenLedger::displayName).orElse(null);
        show(current == null ? reason : texts.format("settings.status.stillUsing", reason, current), Tone.ERROR);
        log.warn("Switch to {} failed", target, failure);
    }

    private void working(Step next, String text) {
        step.set(next);
        show(text, Tone.WORKING);
    }

    private void show(String text, Tone how) {
        tone.set(how);
        status.set(text);
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    /** True while a step runs (or waits for the copy question): the dialog's buttons wait too. */
    public BooleanBinding busyProperty() {
        return busy;
    }
}
