package app.outlay.service.ledger;

import app.outlay.data.DatabaseHolder;
import app.outlay.data.LedgerRoles;
import app.outlay.data.LedgerRoles.Member;
import app.outlay.data.LedgerRoles.Role;

import java.util.List;
import java.util.Optional;

/** Who may do what on the ledger in use (see {@link LedgerRoles}): this user's role, and an owner's members window. */
public final class MemberService {

    private final DatabaseHolder database;

    public MemberService(DatabaseHolder database) {
        this.database = database;
    }

    /** This user's role; the embedded ledger's one user owns it. */
    public Role currentRole() {
        return LedgerRoles.current(database.get());
    }

    /** Everyone with a role on the shared ledger (only an owner may see them). */
    public List<Member> members() {
        return LedgerRoles.members(database.get());
    }

    /** Gives {@code user} exactly {@code role}; the members afterwards. */
    public List<Member> grant(String user, Role role) {
        LedgerRoles.grant(database.get(), user, role);
        return members();
    }

    /** What revoking did: the role {@code user} had (empty when none), and the members afterwards. */
    public record Revoked(Optional<Role> had, List<Member> members) {
    }

    public Revoked revoke(String user) {
        Optional<Role> had = LedgerRoles.revoke(database.get(), user);
        return new Revoked(had, members());
    }
}
