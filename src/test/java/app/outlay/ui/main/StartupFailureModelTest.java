package app.outlay.ui.main;

import app.outlay.data.ConnectionProblem;
import app.outlay.data.DatabaseSettings;
import app.outlay.text.Texts;
import app.outlay.text.UserText;
import app.outlay.ui.main.StartupFailureModel.Answer;
import app.outlay.ui.main.StartupFailureModel.Choice;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The launch dialog's words and choices, and what each answer opens, without JavaFX. */
class StartupFailureModelTest {

    private static final Texts TEXTS = Texts.of(Locale.US);
    private static final DatabaseSettings SERVER = DatabaseSettings.postgresql("db.example.org", 5432, "ledger", "ann",
            DatabaseSettings.SslMode.REQUIRE, null);

    @Test
    void aServerWithoutItsPasswordAsksForTheUsersAndOffersTheEmbeddedLedger() {
        StartupFailureModel model = new StartupFailureModel(SERVER,
                new ConnectionProblem(ConnectionProblem.Kind.PASSWORD_MISSING, UserText.of("verbatim", "no password")), TEXTS);

        assertThat(model.header()).isEqualTo("Outlay could not open " + SERVER.displayName());
        assertThat(model.reason()).isEqualTo("no password");
        assertThat(model.asksPassword()).isTrue();
        assertThat(model.passwordLabel()).isEqualTo("Password for user \u201cann\u201d:");
        assertThat(model.choices()).containsExactly(Choice.RETRY, Choice.OPEN_SETTINGS, Choice.USE_EMBEDDED, Choice.QUIT);

        Answer retry = model.answer(Choice.RETRY, "secret");
        assertThat(model.retryTarget(retry).password()).isEqualTo("secret");
        assertThat(model.retryTarget(model.answer(Choice.RETRY, ""))).isSameAs(SERVER);
        assertThat(model.answer(Choice.QUIT, "secret").password()).as("a password only where it is used").isNull();
    }

    @Test
    void anEmbeddedLedgerAsksForItsOwnPasswordAndHasNoEmbeddedFallback() {
        DatabaseSettings ledger = DatabaseSettings.h2(Path.of("/tmp/outlay-startup/ledger"));
        StartupFailureModel model = new StartupFailureModel(ledger,
                new ConnectionProblem(ConnectionProblem.Kind.WRONG_PASSWORD, UserText.of("verbatim", "wrong password")), TEXTS);

        assertThat(model.passwordLabel()).isEqualTo("Password of this ledger:");
        assertThat(model.passwordPrompt()).isEqualTo("The ledger's password");
        assertThat(model.choices()).containsExactly(Choice.RETRY, Choice.OPEN_SETTINGS, Choice.QUIT);
    }

    /**
     * tester2 C2: a protected ledger opened without its password read "Outlay could not open H2 · …", named the
     * command line's OUTLAY_LEDGER_PASSWORD and offered to "Retry". It is the normal way in: a password prompt.
     */
    @Test
    void aProtectedLedgerWithoutItsPasswordIsAPasswordPromptNotAFailure() {
        DatabaseSettings ledger = DatabaseSettings.h2(Path.of("/tmp/outlay-startup/ledger"));
        ConnectionProblem missing = new ConnectionProblem(ConnectionProblem.Kind.PASSWORD_MISSING,
                UserText.of("problem.ledger.passwordMissing", ledger.h2File().toString()));
        StartupFailureModel model = new StartupFailureModel(ledger, missing, TEXTS);

        assertThat(model.promptsForPassword()).isTrue();
        assertThat(model.header()).isEqualTo("Password for " + ledger.h2File());
        assertThat(model.reason()).isEqualTo("This ledger is protected with a password. Enter it to open the ledger.")
                .doesNotContain("OUTLAY_LEDGER_PASSWORD");
        assertThat(model.retryLabel()).isEqualTo("Open");
        assertThat(model.choices()).containsExactly(Choice.RETRY, Choice.QUIT);
        assertThat(model.retryTarget(model.answer(Choice.RETRY, "pass phrase")).password()).isEqualTo("pass phrase");
        // The command line keeps its hint: it prints the problem's own text.
        assertThat(missing.message()).contains("OUTLAY_LEDGER_PASSWORD");

        StartupFailureModel german = new StartupFailureModel(ledger, missing, Texts.of(Locale.GERMANY));
        assertThat(german.header()).isEqualTo("Passwort f\u00fcr " + ledger.h2File());
        assertThat(german.retryLabel()).isEqualTo("\u00d6ffnen");
    }

    @Test
    void aWrongLedgerPasswordStaysAFailureToRetry() {
        DatabaseSettings ledger = DatabaseSettings.h2(Path.of("/tmp/outlay-startup/ledger")).withPassword("wrong");
        StartupFailureModel model = new StartupFailureModel(ledger, new ConnectionProblem(ConnectionProblem.Kind.WRONG_PASSWORD,
                UserText.of("problem.ledger.wrongPassword", ledger.h2File().toString())), TEXTS);

        assertThat(model.promptsForPassword()).isFalse();
        assertThat(model.header()).isEqualTo("Outlay could not open " + ledger.displayName());
        assertThat(model.reason()).startsWith("That is not the password of the ledger");
        assertThat(model.retryLabel()).isEqualTo("Retry");
    }

    @Test
    void aServerThatIsDownNeedsNoPasswordField() {
        StartupFailureModel model = new StartupFailureModel(SERVER,
                new ConnectionProblem(ConnectionProblem.Kind.REFUSED, UserText.of("verbatim", "refused")), TEXTS);

        assertThat(model.asksPassword()).isFalse();
    }
}
