package app.outlay.ui.main;

import app.outlay.data.ConnectionProblem;
import app.outlay.data.DatabaseSettings;
import app.outlay.text.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * What the launch dialog says when the configured database cannot be opened (StartupFailureDialog), and what each
 * answer means: the reason, a password field where a password could fix it, and the choices that make sense.
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
        return texts.format("startup.header", target.displayName());
    }

    String reason() {
        return texts.of(problem.text());
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

    /** Retry and settings always; the embedded ledger for this session only where a server failed; quit. */
    List<Choice> choices() {
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
