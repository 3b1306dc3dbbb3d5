package app.outlay.ui.settings;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.data.LedgerRoles.Member;
import app.outlay.data.LedgerRoles.Role;
import app.outlay.service.ledger.MemberService;
import app.outlay.service.ledger.OpenLedger;
import app.outlay.testing.SameThreadTasks;
import app.outlay.testing.TestDatabases;
import app.outlay.testing.TestPostgres;
import app.outlay.text.Texts;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The members window's logic without a window: list, grant and revoke on a real shared ledger, and the embedded one. */
class MembersViewModelTest {

    private final SameThreadTasks tasks = new SameThreadTasks();

    @Test
    void anOwnerGrantsAndRevokesOnASharedLedger() {
        DatabaseSettings ledger = TestPostgres.freshDatabase();
        TestPostgres.loginRole(ledger.database(), "outlay_t_vm_member", "member-pw-51c7");
        try (Database database = Database.open(ledger)) {
            MembersViewModel model = model(database);
            model.load();
            assertThat(model.members()).extracting(Member::user).containsExactly(ledger.user());

            model.memberProperty().set(" outlay_t_vm_member ");
            model.roleToGrantProperty().set(Role.EDITOR);
            model.grant();

            assertThat(model.members()).contains(new Member("outlay_t_vm_member", Role.EDITOR));
            assertThat(model.messageProperty().get()).isEqualTo("outlay_t_vm_member is now editor.");
            assertThat(model.memberProperty().get()).isEmpty();
            assertThat(model.busyProperty().get()).isFalse();

            model.memberProperty().set("outlay_t_vm_member");
            model.revoke();
            assertThat(model.members()).extracting(Member::user).doesNotContain("outlay_t_vm_member");

            model.memberProperty().set("outlay_t_vm_member");
            model.revoke();
            assertThat(model.messageProperty().get()).contains("outlay_t_vm_member");
            assertThat(tasks.failures()).isEmpty();
        }
    }

    @Test
    void theEmbeddedLedgerHasNoMembersAndSaysWhyNotInPlainWords() {
        Database database = TestDatabases.h2();
        MembersViewModel model = model(database);

        model.load();
        assertThat(model.members()).isEmpty();

        model.memberProperty().set("ann");
        model.grant();
        assertThat(model.messageProperty().get())
                .isEqualTo("Roles are for a ledger shared on PostgreSQL; the embedded ledger has one user, its owner.");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aBlankNameAsksNothing() {
        MembersViewModel model = model(TestDatabases.h2());
        model.memberProperty().set("   ");
        model.grant();
        model.revoke();
        assertThat(model.messageProperty().get()).isEmpty();
    }

    private MembersViewModel model(Database database) {
        return new MembersViewModel(new MemberService(new DatabaseHolder(database)),
                new SimpleObjectProperty<>(OpenLedger.of(database)), tasks, Texts.of(Locale.US));
    }
}
