package app.outlay.ui.main;

import app.outlay.data.DatabaseSettings;
import app.outlay.text.Texts;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The protect dialog's form: the password typed twice, and what is wrong with it; without JavaFX started. */
class ProtectionFormTest {

    private static final Texts TEXTS = Texts.of(Locale.US);

    @Test
    void aPasswordMustBeGivenAndRepeatedExactly() {
        ProtectionForm form = new ProtectionForm(TEXTS, false);
        assertThat(form.problemProperty().get()).isEqualTo("Enter a password.");
        assertThat(form.removableProperty().get()).as("nothing to remove").isFalse();

        form.passwordProperty().set("s3cret ");
        form.repeatedProperty().set("s3cret");
        assertThat(form.problemProperty().get()).isEqualTo("The two passwords differ.");

        form.repeatedProperty().set("s3cret ");
        assertThat(form.problemProperty().get()).isNull();
    }

    /** tester2 D5: the password of a protected ledger was changed or removed without the current one. */
    @Test
    void changingOrRemovingAPasswordTakesTheCurrentOneFirst() {
        ProtectionForm form = new ProtectionForm(TEXTS, true);
        form.passwordProperty().set("new one");
        form.repeatedProperty().set("new one");
        assertThat(form.problemProperty().get()).isEqualTo("Enter the current password.");
        assertThat(form.removableProperty().get()).isFalse();

        form.currentProperty().set("old one");
        assertThat(form.problemProperty().get()).isNull();
        assertThat(form.removableProperty().get()).isTrue();
    }

    /** tester2 D5: File ▸ "Protect with a password…" kept that name on a protected ledger. */
    @Test
    void theMenuOffersToChangeThePasswordOfAProtectedLedger() {
        DatabaseSettings plain = DatabaseSettings.h2(Path.of("/tmp/outlay-protect/ledger"));

        assertThat(ProtectionForm.menuText(TEXTS, plain)).isEqualTo("_Protect with a password\u2026");
        assertThat(ProtectionForm.menuText(TEXTS, plain.withPassword("s3cret"))).isEqualTo("Change the _password\u2026");
        assertThat(ProtectionForm.menuText(Texts.of(Locale.GERMANY), plain.withPassword("s3cret"))).isEqualTo("_Passwort \u00e4ndern\u2026");
        assertThat(ProtectionForm.menuText(TEXTS, null)).isEqualTo("_Protect with a password\u2026");
    }
}
