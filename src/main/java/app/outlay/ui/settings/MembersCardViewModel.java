package app.outlay.ui.settings;

import app.outlay.data.LedgerRoles.Role;
import app.outlay.service.ledger.OpenLedger;
import app.outlay.text.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/**
 * The state of the settings dialog's card for a shared ledger: whether it shows at all (a shared ledger is open),
 * this user's role in words, and whether the user may manage the members (an owner). {@link MembersCardController}
 * binds it.
 */
final class MembersCardViewModel {

    private final BooleanBinding shared;
    private final StringBinding roleText;
    private final BooleanBinding owner;

    MembersCardViewModel(ObservableValue<OpenLedger> ledger, ObservableValue<Role> role, Texts texts) {
        shared = Bindings.createBooleanBinding(() -> ledger.getValue() != null && ledger.getValue().shared(), ledger);
        roleText = Bindings.createStringBinding(() -> ledger.getValue() == null || role.getValue() == null ? ""
                : texts.format("members.you", ledger.getValue().settings().user(), texts.get("role." + role.getValue().word())),
                ledger, role);
        owner = Bindings.createBooleanBinding(() -> role.getValue() == Role.OWNER, role);
    }

    /** True while a ledger shared on PostgreSQL is open: only then are there members and roles. */
    BooleanBinding shared() {
        return shared;
    }

    /** "You (ann) are editor of this ledger."; empty until the ledger and the role are known. */
    StringBinding roleText() {
        return roleText;
    }

    /** True for the ledger's owner, who may open the members window. */
    BooleanBinding owner() {
        return owner;
    }
}
