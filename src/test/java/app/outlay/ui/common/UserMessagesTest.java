package app.outlay.ui.common;

import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

class UserMessagesTest {

    @Test
    void aRefusalThatExplainsItselfGetsNoStackTraceButAnUnexpectedFailureDoes() {
        ExplainedException refused = new ExplainedException(UserText.of("problem.category.stillUsed", "Rent", 1));

        assertThat(UserMessages.isExplained(new ExecutionException(refused))).isTrue();
        assertThat(UserMessages.isExplained(new IllegalStateException("boom", new NullPointerException()))).isFalse();
    }
}
