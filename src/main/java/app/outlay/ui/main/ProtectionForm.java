package app.outlay.ui.main;

import app.outlay.text.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** File ▸ Protect with a password…: the new password typed twice, and what is wrong with it (null when nothing). */
final class ProtectionForm {

    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final StringBinding problem;

    ProtectionForm(Texts texts) {
        problem = Bindings.createStringBinding(() -> {
            if (password.get().isEmpty()) {
                return texts.get("protect.error.empty");
            }
            return password.get().equals(repeated.get()) ? null : texts.get("protect.error.differ");
        }, password, repeated);
    }

    StringProperty passwordProperty() {
        return password;
    }

    StringProperty repeatedProperty() {
        return repeated;
    }

    StringBinding problemProperty() {
        return problem;
    }
}
