package app.outlay.ui.settings;

import app.outlay.data.LedgerRoles.Role;
import app.outlay.service.ledger.OpenLedger;
import app.outlay.testing.TestDatabases;
import app.outlay.text.Texts;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings dialog's card for a shared ledger, without a window: when it shows, what it says, who may manage members. */
class MembersCardViewModelTest {

    private final SimpleObjectProperty<OpenLedger> ledger = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Role> role = new SimpleObjectProperty<>();
    private final MembersCardViewModel model = new MembersCardViewModel(ledger, role, Texts.of(Locale.US));

    @Test
    void onlyASharedLedgerShowsTheCardAndOnlyItsOwnerManagesMembers() {
        assertThat(model.shared().get()).isFalse();
        assertThat(model.roleText().get()).isEmpty();

        ledger.set(OpenLedger.of(TestDatabases.h2()));
        assertThat(model.shared().get()).isFalse();
        assertThat(model.roleText().get()).isEmpty(); // the role is not known yet

        OpenLedger shared = OpenLedger.of(TestDatabases.postgres());
        ledger.set(shared);
        role.set(Role.EDITOR);
        assertThat(model.shared().get()).isTrue();
        assertThat(model.owner().get()).isFalse();
        assertThat(model.roleText().get()).isEqualTo("You (" + shared.settings().user() + ") are editor of this ledger.");

        role.set(Role.OWNER);
        assertThat(model.owner().get()).isTrue();
        assertThat(model.roleText().get()).endsWith("are owner of this ledger.");
    }
}
