package app.outlay.ui.main;

import app.outlay.data.ConnectionProblem;
import app.outlay.data.DatabaseSettings;
import app.outlay.text.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * What the launch dialog says when the configured database cannot be opened (StartupFailureDialog), and what each
 * answer means: the reason, a password field where a password could fix it, and the choices that make sense.
 * A protected embedded ledger opened without its password is no failure: the dialog is then a plain password prompt
 * (tester2 C2: it read "Outlay could not open …", spoke of the command line and offered to "Retry").
 */
final class StartupFailureModel {

    enum Choice { RETRY, OPEN_SETTINGS, USE_EMBEDDED, QUIT }

    /** The user's choice, and the password typed where one was asked for (else null). */
    record Answer(Choice choice, String password) {
    }

    private final DatabaseSettings target;
    private final ConnectionProblem problem;
    private final Texts texts;

    StartupFailureModel(DatabaseSettings target, ConnectionProblem problem, Texts texts) {
        this.target = target;
        this.problem = problem;
        this.texts = texts;
    }

    String header() {
        return promptsForPassword() ? texts.format("startup.ledgerPassword.header", target.h2File().toString())
                : texts.format("startup.header", target.displayName());
    }

    /**
     * Why; for the password prompt, what the window needs (the problem's own text names the command line's ways to
     * give the password, which is what {@code outlay} prints).
     */
    String reason() {
        return promptsForPassword() ? texts.get("startup.ledgerPassword.reason") : texts.of(problem.text());
    }

    /**
     * True when the embedded ledger is protected and no password was given yet: the normal way into it, so the dialog
     * asks for the password and opens with it. A wrong password is still told as the failure it is.
     */
    boolean promptsForPassword() {
        return embedded() && problem.kind() == ConnectionProblem.Kind.PASSWORD_MISSING;
    }

    /** What the button that tries again with the password says: "Open" for the password prompt, else "Retry". */
    String retryLabel() {
        return texts.get(promptsForPassword() ? "startup.open" : "startup.retry");
    }

    /** True when a password could fix it: the dialog then asks for one. */
    boolean asksPassword() {
        return problem.needsPassword();
    }

    /** The embedded ledger's password is the ledger's own (its file is encrypted), not a user's. */
    String passwordLabel() {
        return embedded() ? texts.get("startup.ledgerPassword") : texts.format("startup.password", target.user());
    }

    String passwordPrompt() {
        return embedded() ? texts.get("startup.ledgerPassword.prompt") : texts.format("startup.password.prompt", target.user());
    }

    /**
     * The password prompt: open or quit. Otherwise retry and settings always; the embedded ledger for this session
     * only where a server failed; quit.
     */
    List<Choice> choices() {
        if (promptsForPassword()) {
            return List.of(Choice.RETRY, Choice.QUIT);
        }
        List<Choice> choices = new ArrayList<>(List.of(Choice.RETRY, Choice.OPEN_SETTINGS));
        if (!embedded()) {
            choices.add(Choice.USE_EMBEDDED);
        }
        choices.add(Choice.QUIT);
        return choices;
    }

    /** The answer to {@code chosen}, with the password {@code typed} where it matters (empty: none). */
    Answer answer(Choice chosen, String typed) {
        String password = typed == null || typed.isEmpty() ? null : typed;
        return chosen == Choice.RETRY || chosen == Choice.OPEN_SETTINGS ? new Answer(chosen, password) : new Answer(chosen, null);
    }

    /** What RETRY opens: the same target, with the password typed if one was. */
    DatabaseSettings retryTarget(Answer answer) {
        return answer.password() == null ? target : target.withPassword(answer.password());
    }

    private boolean embedded() {
        return target.kind() == DatabaseSettings.Kind.H2;
    }
}
