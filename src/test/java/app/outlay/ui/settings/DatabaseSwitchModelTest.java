package app.outlay.ui.settings;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.ledger.DatabaseService;
import app.outlay.service.ledger.DatabaseSwitcher;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.ledger.LedgerService;
import app.outlay.service.ledger.OpenLedger;
import app.outlay.settings.AppPaths;
import app.outlay.settings.PgPassFile;
import app.outlay.settings.SettingsStore;
import app.outlay.testing.SameThreadTasks;
import app.outlay.testing.TestDatabases;
import app.outlay.text.Texts;
import app.outlay.ui.common.AppState;
import app.outlay.ui.common.Languages;
import app.outlay.ui.settings.DatabaseSwitchModel.Step;
import app.outlay.ui.settings.DatabaseSwitchModel.Tone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The settings dialog's test-and-switch flow, step by step, against real H2 files and without JavaFX started. */
class DatabaseSwitchModelTest {

    private final SameThreadTasks tasks = new SameThreadTasks();
    private final List<Step> steps = new ArrayList<>();
    private Path home;
    private AppPaths paths;
    private DatabaseHolder holder;
    private AppState state;
    private Languages languages;
    private DatabaseSwitchModel model;
    private DatabaseService databases;

    @BeforeEach
    void ledgerWithOneExpense() {
        home = TestDatabases.tempDir("outlay-switch-model");
        paths = AppPaths.under(home).createFolders();
        holder = new DatabaseHolder(Database.open(DatabaseSettings.h2(paths.defaultH2Base())));
        new ExpenseService(holder).add(new ExpenseDetails(LocalDate.of(2026, 3, 3), "Rent", new BigDecimal("950.00"), 3L, null));
        SettingsStore settings = new SettingsStore(paths.settingsFile());
        languages = new Languages(settings, Locale.US);
        state = new AppState(languages);
        state.setLedger(OpenLedger.of(holder.get()));
        DatabaseSwitcher switcher = new DatabaseSwitcher(holder, settings, new PgPassFile(home.resolve("pgpass")));
        databases = new DatabaseService(holder, settings, paths, Map.of(), switcher, next -> {
            Database previous = holder.swap(next);
            state.setLedger(OpenLedger.of(next));
            previous.close();
        }, pool -> { }, upgrade -> { });
        model = new DatabaseSwitchModel(databases, new LedgerService(holder), state, tasks, Texts.of(Locale.US));
        model.stepProperty().addListener((obs, old, now) -> steps.add(now));
    }

    @AfterEach
    void close() {
        holder.get().close();
        languages.restoreDefault();
    }

    @Test
    void switchingToAnEmptyLedgerAsksThenCopiesThenPutsItInUse() {
        Path other = home.resolve("other").resolve("ledger");

        model.save(null, DatabaseSettings.h2(other), false);

        assertThat(model.stepProperty().get()).isEqualTo(Step.CHOOSING_COPY);
        assertThat(model.busyProperty().get()).as("buttons wait for the answer").isTrue();
        assertThat(model.candidate().offerCopy()).isTrue();
        assertThat(holder.get().settings().h2Base()).as("not in use before the answer").isEqualTo(paths.defaultH2Base());

        model.answerCopy(Optional.of(true));

        assertThat(steps).containsExactly(Step.OPENING, Step.CHOOSING_COPY, Step.SWITCHING, Step.SWITCHED);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(holder.get().settings().h2Base()).isEqualTo(other);
        assertThat(state.ledgerProperty().get().displayName()).contains(other.toString());
        assertThat(new LedgerService(holder).counts().expenses()).as("the expense copied").isEqualTo(1);
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void cancellingTheCopyQuestionClosesTheTargetAndChangesNothing() throws Exception {
        Path other = home.resolve("other").resolve("ledger");
        model.save(null, DatabaseSettings.h2(other), false);

        model.answerCopy(Optional.empty());

        assertThat(steps).containsExactly(Step.OPENING, Step.CHOOSING_COPY, Step.IDLE);
        assertThat(model.statusProperty().get()).isEmpty();
        assertThat(holder.get().settings().h2Base()).isEqualTo(paths.defaultH2Base());
        assertThat(Files.exists(paths.settingsFile())).as("no settings written").isFalse();
        assertThatThrownBy(() -> model.answerCopy(Optional.of(true))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCurrencyThatEntriesInOtherCurrenciesKeepIsConvertedOnlyAfterThePreviewIsConfirmed() {
        // Issue 22: EUR ledger with a payment in dollars and the rent in euros; the rate table has 1 EUR = 1.25 USD.
        Currency eur = Currency.getInstance("EUR");
        Currency usd = Currency.getInstance("USD");
        new LedgerService(holder).setCurrency(eur);
        state.useCurrency(eur);
        new ExpenseService(holder).add(new ExpenseDetails(LocalDate.of(2026, 3, 3), "Hotel", new BigDecimal("1"), null, null)
                .paidIn(app.outlay.domain.ForeignAmount.withLedgerAmount(usd, new BigDecimal("45.00"), new BigDecimal("41.37")), eur));
        new app.outlay.service.rates.RateService(holder).importQuotes(List.of(new app.outlay.rates.Quote(LocalDate.of(2026, 3, 1), eur, usd,
                new BigDecimal("1.25"))));
        DatabaseSwitchModel converting = new DatabaseSwitchModel(databases, new LedgerService(holder),
                new app.outlay.service.ledger.LedgerConversion(holder), state, tasks, Texts.of(Locale.US));
        List<Step> seen = new ArrayList<>();
        converting.stepProperty().addListener((obs, old, now) -> seen.add(now));

        converting.save(usd, DatabaseSettings.h2(paths.defaultH2Base()), false);
        assertThat(converting.stepProperty().get()).isEqualTo(Step.CONFIRMING_CONVERSION);
        assertThat(converting.busyProperty().get()).isTrue();
        assertThat(converting.conversionPreview().lines()).extracting(app.outlay.text.UserText::english)
                .contains("EUR: 1 entry at 1 EUR = 1.25 USD, from 2026-03-03 to 2026-03-03");
        // Declined: nothing changes, and the status says why the currency stays.
        converting.answerConversion(false);
        assertThat(new LedgerService(holder).chosenCurrency()).contains(eur);
        assertThat(converting.statusProperty().get()).startsWith("The ledger's currency stays EUR: 1 entries were paid in other currencies");

        converting.save(usd, DatabaseSettings.h2(paths.defaultH2Base()), false);
        int changes = state.ledgerChangesProperty().get();
        converting.answerConversion(true);
        assertThat(state.ledgerChangesProperty().get()).as("the views reload the converted amounts").isGreaterThan(changes);
        assertThat(seen).containsExactly(Step.SAVING_CURRENCY, Step.CONFIRMING_CONVERSION, Step.IDLE, Step.SAVING_CURRENCY,
                Step.CONFIRMING_CONVERSION, Step.SAVING_CURRENCY, Step.UNCHANGED);
        assertThat(new LedgerService(holder).chosenCurrency()).contains(usd);
        assertThat(state.money().currency()).isEqualTo(usd);
        assertThat(new ExpenseService(holder).find(app.outlay.service.expense.ExpenseFilter.all(), 5).rows())
                .extracting(row -> row.amount().toPlainString()).containsExactlyInAnyOrder("45.00", "1187.50");
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void theLedgerInUseIsNoSwitch() {
        model.save(null, DatabaseSettings.h2(paths.defaultH2Base()), false);

        assertThat(steps).containsExactly(Step.UNCHANGED);
    }

    @Test
    void aTargetThatCannotBeOpenedLeavesTheLedgerInUseAndSaysSo() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        DatabaseSettings nowhere = DatabaseSettings.postgresql("127.0.0.1", freePort, "ledger", "ann", DatabaseSettings.SslMode.DISABLE, "pw");

        model.save(null, nowhere, false);

        assertThat(steps).containsExactly(Step.OPENING, Step.IDLE);
        assertThat(model.toneProperty().get()).isEqualTo(Tone.ERROR);
        assertThat(model.statusProperty().get()).contains("Outlay is still using " + holder.get().displayName());
        assertThat(holder.get().settings().h2Base()).isEqualTo(paths.defaultH2Base());
    }

    @Test
    void testingANewEmbeddedFileSaysWhatItWillBe() {
        model.test(DatabaseSettings.h2(home.resolve("new").resolve("ledger")));

        assertThat(steps).containsExactly(Step.TESTING, Step.IDLE);
        assertThat(model.toneProperty().get()).isEqualTo(Tone.OK);
        assertThat(model.statusProperty().get()).isEqualTo("Connected: a new embedded H2 database (created when you switch)");
    }

    @Test
    void aNewCurrencyIsSavedOnTheLedgerBeforeTheSwitch() {
        model.save(Currency.getInstance("EUR"), DatabaseSettings.h2(paths.defaultH2Base()), false);

        assertThat(steps).containsExactly(Step.SAVING_CURRENCY, Step.UNCHANGED);
        assertThat(state.money().currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(new LedgerService(holder).chosenCurrency()).contains(Currency.getInstance("EUR"));
    }

    @Test
    void aFormProblemShowsOnlyWhileNothingRuns() {
        model.showProblem("Port: 'x' is not a number");
        assertThat(model.statusProperty().get()).isEqualTo("Port: 'x' is not a number");

        model.save(null, DatabaseSettings.h2(home.resolve("other").resolve("ledger")), false);
        model.showProblem("ignored while the question is open");

        assertThat(model.statusProperty().get()).startsWith("Opening ");
        model.answerCopy(Optional.empty());
    }
}
