package app.outlay.ui.main;

import app.outlay.text.Texts;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The protect dialog's form: the password typed twice, and what is wrong with it; without JavaFX started. */
class ProtectionFormTest {

    @Test
    void aPasswordMustBeGivenAndRepeatedExactly() {
        ProtectionForm form = new ProtectionForm(Texts.of(Locale.US));
        assertThat(form.problemProperty().get()).isEqualTo("Enter a password.");

        form.passwordProperty().set("s3cret ");
        form.repeatedProperty().set("s3cret");
        assertThat(form.problemProperty().get()).isEqualTo("The two passwords differ.");

        form.repeatedProperty().set("s3cret ");
        assertThat(form.problemProperty().get()).isNull();
    }
}
