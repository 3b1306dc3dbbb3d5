package app.outlay.ui;

import app.outlay.testing.PgMember;
import app.outlay.data.Database;
import app.outlay.data.DatabaseSettings;
import app.outlay.data.LedgerRoles;
import app.outlay.testing.TestPostgres;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** The settings dialog of a shared ledger's owner: its role, and in the members window members granted and revoked. */
class MembersPaneTest extends OutlayUiTest {

    private DatabaseSettings ledger;
    private PgMember member;

    /** A new shared ledger in use by its creator, and a login role to make a member. */
    @Override
    protected void beforeStart() throws Exception {
        ledger = TestPostgres.freshDatabase();
        TestPostgres.loginRole(ledger.database(), "outlay_t_ui_member", "member-pw-9e3a");
        member = new PgMember(home, home);
        member.useAs(ledger);
    }

    @AfterEach
    void forgetPgPass() {
        member.forget();
    }

    @Test
    void anOwnerSeesTheirRoleAndGrantsAndRevokesFromTheDialog() {
        press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        awaitWindowWith("#membersPane");
        waitUntil(() -> label("#roleLabel").equals("You (" + ledger.user() + ") are owner of this ledger."));
        // The whole settings dialog still fits its window: the card adds a line, the members have a window of their own.
        javafx.scene.Node save = lookup("#saveButton").query();
        assertThat(save.localToScene(save.getBoundsInLocal()).getMaxY()).isLessThanOrEqualTo(save.getScene().getHeight());
        clickOn("#membersButton");
        awaitWindowWith("#membersList");
        waitUntil(() -> !members().getItems().isEmpty());
        assertThat(members().getItems()).first().isEqualTo(new LedgerRoles.Member(ledger.user(), LedgerRoles.Role.OWNER));

        clickOn("#memberField").write("outlay_t_ui_member");
        interact(() -> lookup("#grantRoleBox").queryAs(ComboBox.class).getSelectionModel().select(LedgerRoles.Role.EDITOR));
        clickOn("#grantButton");

        waitUntil(() -> label("#membersMessage").equals("outlay_t_ui_member is now editor."));
        assertThat(members().getItems()).contains(new LedgerRoles.Member("outlay_t_ui_member", LedgerRoles.Role.EDITOR));
        Database inUse = context.database().get();
        assertThat(LedgerRoles.members(inUse)).contains(new LedgerRoles.Member("outlay_t_ui_member", LedgerRoles.Role.EDITOR));

        interact(() -> members().getSelectionModel().select(new LedgerRoles.Member("outlay_t_ui_member", LedgerRoles.Role.EDITOR)));
        clickOn("#revokeButton");

        waitUntil(() -> label("#membersMessage").equals("outlay_t_ui_member no longer has a role on this ledger."));
        assertThat(LedgerRoles.members(inUse)).extracting(LedgerRoles.Member::user).doesNotContain("outlay_t_ui_member");
        assertThat(members().getItems()).extracting(LedgerRoles.Member::user).doesNotContain("outlay_t_ui_member");
    }

    @SuppressWarnings("unchecked")
    private ListView<LedgerRoles.Member> members() {
        return lookup("#membersList").queryAs(ListView.class);
    }

    private String label(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }
}
