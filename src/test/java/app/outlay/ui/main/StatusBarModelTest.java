package app.outlay.ui.main;

import app.outlay.service.ledger.LedgerUpgrade;
import app.outlay.service.ledger.OpenLedger;
import app.outlay.testing.TestDatabases;
import app.outlay.text.Texts;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's status bar without a window: the ledger, who else is connected, how many expenses. */
class StatusBarModelTest {

    private final SimpleObjectProperty<OpenLedger> ledger = new SimpleObjectProperty<>();
    private final SimpleIntegerProperty others = new SimpleIntegerProperty(-1);
    private final SimpleLongProperty count = new SimpleLongProperty(-1);
    private final SimpleObjectProperty<LedgerUpgrade> upgrade = new SimpleObjectProperty<>();

    @Test
    void itSaysWhatIsKnownAndNothingBefore() {
        StatusBarModel model = new StatusBarModel(ledger, upgrade, others, count, Texts.of(Locale.GERMANY));
        assertThat(model.presence().get()).isEmpty();
        assertThat(model.count().get()).isEmpty();
        String opening = model.database().get();
        assertThat(opening).isNotEmpty();

        // An old ledger's upgrade takes minutes at a million expenses: the bar says that is what the wait is.
        upgrade.set(new LedgerUpgrade("7", "28", "/home/anna/.local/share/outlay/backups/outlay-v7.mv.db"));
        assertThat(model.database().get()).isNotEqualTo(opening).contains("v7").contains("v28");
        upgrade.set(null);
        assertThat(model.database().get()).isEqualTo(opening);

        OpenLedger open = OpenLedger.of(TestDatabases.h2());
        ledger.set(open);
        count.set(12_345);
        others.set(2);

        assertThat(model.database().get()).isEqualTo(open.displayName());
        assertThat(model.count().get()).contains("12.345"); // in the window's language
        assertThat(model.presence().get()).startsWith("\u00b7 ").contains("2");
        count.set(1);
        assertThat(model.count().get()).isEqualTo(Texts.of(Locale.GERMANY).get("status.count.one"));
    }
}
