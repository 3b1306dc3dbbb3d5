package app.outlay.ui.settings;

import app.outlay.AppContext;
import app.outlay.data.Database;
import app.outlay.data.DatabaseSettings;
import app.outlay.data.LedgerRoles;
import app.outlay.data.LedgerRoles.Member;
import app.outlay.data.LedgerRoles.Role;
import app.outlay.ui.common.UserMessages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The members window of a ledger shared on PostgreSQL, for its owners: the members, with grant and revoke
 * (LedgerRoles). Every server call runs on the worker.
 */
public final class MembersViewModel {

    private final AppContext context;
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final StringProperty member = new SimpleStringProperty("");
    private final ObjectProperty<Role> roleToGrant = new SimpleObjectProperty<>(Role.VIEWER);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public MembersViewModel(AppContext context) {
        this.context = context;
    }

    /** Reads the members of the ledger in use (only an owner may see them: LedgerRoles.members). */
    public void load() {
        Database database = context.activeDatabaseProperty().get();
        if (database == null || database.settings().kind() != DatabaseSettings.Kind.POSTGRESQL) {
            return;
        }
        work(() -> LedgerRoles.members(database), members::setAll);
    }

    public void grant() {
        String user = member.get().strip();
        Role granted = roleToGrant.get();
        if (user.isEmpty() || granted == null) {
            return;
        }
        Database database = context.activeDatabaseProperty().get();
        work(() -> {
            LedgerRoles.grant(database, user, granted);
            return LedgerRoles.members(database);
        }, now -> {
            members.setAll(now);
            member.set("");
            message.set(context.texts().format("members.granted", user, context.texts().get("role." + granted.word())));
        });
    }

    public void revoke() {
        String user = member.get().strip();
        if (user.isEmpty()) {
            return;
        }
        Database database = context.activeDatabaseProperty().get();
        work(() -> {
            Optional<Role> had = LedgerRoles.revoke(database, user);
            return new Revoked(had.isPresent(), LedgerRoles.members(database));
        }, revoked -> {
            members.setAll(revoked.members());
            member.set("");
            message.set(context.texts().format(revoked.had() ? "members.revoked" : "members.none", user));
        });
    }

    private record Revoked(boolean had, List<Member> members) {
    }

    private <T> void work(Callable<T> call, Consumer<T> done) {
        busy.set(true);
        message.set("");
        context.tasks().run(call, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            message.set(UserMessages.describe(failure, context.texts()));
        });
    }

    /** How a member is listed: "alice — viewer", in the window's language. */
    public String describe(Member listed) {
        return context.texts().format("members.item", listed.user(), context.texts().get("role." + listed.role().word()));
    }

    public String describe(Role listed) {
        return listed == null ? "" : context.texts().get("role." + listed.word());
    }

    public ObservableList<Member> members() {
        return members;
    }

    public StringProperty memberProperty() {
        return member;
    }

    public ObjectProperty<Role> roleToGrantProperty() {
        return roleToGrant;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
