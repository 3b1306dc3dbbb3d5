package app.outlay.ui.settings;

import app.outlay.data.LedgerRoles.Member;
import app.outlay.data.LedgerRoles.Role;
import app.outlay.service.ledger.MemberService;
import app.outlay.service.ledger.OpenLedger;
import app.outlay.text.Texts;
import app.outlay.ui.common.TaskRunner;
import app.outlay.ui.common.UserMessages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The members window of a ledger shared on PostgreSQL, for its owners: the members, with grant and revoke
 * (MemberService). Every server call runs on the worker.
 */
public final class MembersViewModel {

    private final MemberService service;
    private final ObservableValue<OpenLedger> ledger;
    private final TaskRunner tasks;
    private final Texts texts;
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final StringProperty member = new SimpleStringProperty("");
    private final ObjectProperty<Role> roleToGrant = new SimpleObjectProperty<>(Role.VIEWER);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public MembersViewModel(MemberService service, ObservableValue<OpenLedger> ledger, TaskRunner tasks, Texts texts) {
        this.service = service;
        this.ledger = ledger;
        this.tasks = tasks;
        this.texts = texts;
    }

    /** Reads the members of the shared ledger in use (only an owner may see them). */
    public void load() {
        OpenLedger inUse = ledger.getValue();
        if (inUse == null || !inUse.shared()) {
            return;
        }
        work(service::members, members::setAll);
    }

    public void grant() {
        String user = member.get().strip();
        Role granted = roleToGrant.get();
        if (user.isEmpty() || granted == null) {
            return;
        }
        work(() -> service.grant(user, granted), now -> {
            members.setAll(now);
            member.set("");
            message.set(texts.format("members.granted", user, texts.get("role." + granted.word())));
        });
    }

    public void revoke() {
        String user = member.get().strip();
        if (user.isEmpty()) {
            return;
        }
        work(() -> service.revoke(user), revoked -> {
            members.setAll(revoked.members());
            member.set("");
            message.set(texts.format(revoked.had().isPresent() ? "members.revoked" : "members.none", user));
        });
    }

    private <T> void work(Callable<T> call, Consumer<T> done) {
        busy.set(true);
        message.set("");
        tasks.run(call, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            message.set(UserMessages.describe(failure, texts));
        });
    }

    /** How a member is listed: "alice — viewer", in the window's language. */
    public String describe(Member listed) {
        return texts.format("members.item", listed.user(), texts.get("role." + listed.role().word()));
    }

    public String describe(Role listed) {
        return listed == null ? "" : texts.get("role." + listed.word());
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
