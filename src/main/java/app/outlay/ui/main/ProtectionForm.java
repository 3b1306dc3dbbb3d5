package app.outlay.ui.main;

import app.outlay.data.DatabaseSettings;
import app.outlay.text.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * File ▸ Protect with a password… (Change the password… on a protected ledger): the new password typed twice, on a
 * protected ledger the current one first, and what is wrong with them (null when nothing). Changing or removing a
 * password takes the current one (tester2 D5: anyone at the open window could change or remove it).
 */
final class ProtectionForm {

    private final boolean isProtected;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final StringBinding problem;
    private final BooleanBinding removable;

    /** @param isProtected true when the ledger has a password already: it is then asked for first */
    ProtectionForm(Texts texts, boolean isProtected) {
        this.isProtected = isProtected;
        problem = Bindings.createStringBinding(() -> {
            if (isProtected && current.get().isEmpty()) {
                return texts.get("protect.error.current");
            }
            if (password.get().isEmpty()) {
                return texts.get("protect.error.empty");
            }
            return password.get().equals(repeated.get()) ? null : texts.get("protect.error.differ");
        }, current, password, repeated);
        removable = Bindings.createBooleanBinding(() -> isProtected && !current.get().isEmpty(), current);
    }

    /** The File menu's item for {@code ledger}: protect a plain ledger, change the password of a protected one. */
    static String menuText(Texts texts, DatabaseSettings ledger) {
        return texts.get(ledger != null && ledger.isProtected() ? "menu.file.changePassword" : "menu.file.protect");
    }

    boolean isProtected() {
        return isProtected;
    }

    /** The password the ledger has now (asked for on a protected ledger only). */
    StringProperty currentProperty() {
        return current;
    }

    StringProperty passwordProperty() {
        return password;
    }

    StringProperty repeatedProperty() {
        return repeated;
    }

    /** Why the password cannot be set or changed yet, or null. */
    StringBinding problemProperty() {
        return problem;
    }

    /** True when the protection can be removed: the ledger has one and its current password was typed. */
    BooleanBinding removableProperty() {
        return removable;
    }
}
