package app.outlay.data;

import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who may do what on a ledger shared on PostgreSQL, enforced by the server itself so that it holds for psql too.
 * Three group roles named after the database ({@code <db>_owner}, {@code <db>_editor}, {@code <db>_viewer}) carry
 * the privileges; a member is a login role granted one of them:
 * <ul>
 *   <li>viewer: SELECT on every table and sequence (reading a sequence does not take ids);</li>
 *   <li>editor (a member of viewer): INSERT, UPDATE, DELETE on the ledger's tables, USAGE on its sequences, and
 *       only INSERT on {@code change_log} (undo marks its own entries through {@code outlay_mark_undone}, V16);
 *       nothing on Flyway's history;</li>
 *   <li>owner (a member of editor): UPDATE and DELETE on {@code change_log}, and the right to manage members
 *       (ADMIN OPTION on the three groups).</li>
 * </ul>
 * The role that owns the tables (who created the ledger) is always an owner. The groups are made by the owner's
 * first {@link #grant}, not by a migration: a migration runs as whoever opens the ledger first, who may lack
 * CREATEROLE, and a failed migration would lock everyone out. When the groups cannot be made, the message says
 * what the server's administrator has to run. On the embedded H2 ledger there is one user, its owner.
 */
public final class LedgerRoles {

    public enum Role {
        OWNER, EDITOR, VIEWER;

        /** How commands and the bundles name it: owner, editor, viewer. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Role parse(String word) {
            for (Role role : values()) {
                if (role.word().equalsIgnoreCase(word == null ? "" : word.strip())) {
                    return role;
                }
            }
            throw new ExplainedException(UserText.of("problem.roles.unknownRole", word));
        }
    }

    /** A member of the ledger: a login role and the highest role it holds. */
    public record Member(String user, Role role) {
    }

    private LedgerRoles() {
    }

    /** The role of the user {@code database} is opened as; the embedded ledger's one user is its owner. */
    public static Role current(Database database) {
        if (database.settings().kind() == DatabaseSettings.Kind.H2) {
            return Role.OWNER;
        }
        return withConnection(database, connection -> current(connection, groups(database)));
    }

    /** Everyone with a role on the ledger, by name; the tables' owner first. */
    public static List<Member> members(Database database) {
        requirePostgres(database);
        return withConnection(database, connection -> {
            Groups groups = groups(database);
            List<Member> members = new ArrayList<>();
            String tableOwner = tableOwner(connection);
            members.add(new Member(tableOwner, Role.OWNER));
            Map<String, Role> byUser = new TreeMap<>();
            try (PreparedStatement query = connection.prepareStatement("select m.rolname, g.rolname from pg_auth_members a "
                    + "join pg_roles g on g.oid = a.roleid join pg_roles m on m.oid = a.member "
                    + "where g.rolname in (?, ?, ?) and m.rolname not in (?, ?, ?, ?)")) {
                int i = 1;
                for (String name : groups.all()) {
                    query.setString(i++, name);
                }
                for (String name : groups.all()) {
                    query.setString(i++, name);
                }
                query.setString(i, tableOwner);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Role role = groups.roleOf(rows.getString(2));
                        byUser.merge(rows.getString(1), role, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                    }
                }
            }
            byUser.forEach((user, role) -> members.add(new Member(user, role)));
            return members;
        });
    }

    /**
     * Gives {@code user} exactly {@code role} on the ledger (replacing the one it had), making the group roles and
     * their privileges first where they are missing. Only an owner may; nothing changes when anything is refused.
     */
    public static void grant(Database database, String user, Role role) {
        changeMembers(database, user, (connection, groups) -> {
            prepare(connection, groups);
            dropMemberships(connection, groups, user);
            Map<String, String> names = groups.names();
            names.put("user", user);
            names.put("group", groups.of(role));
            // An owner gets ADMIN OPTION on all three groups: they manage members as the first one does.
            execute(connection, RoleStatements.of(role == Role.OWNER ? "owner" : "member", names));
            return null;
        });
    }

    /** Takes every role on the ledger from {@code user}; the role it had, or empty when it had none. */
    public static Optional<Role> revoke(Database database, String user) {
        return changeMembers(database, user, (connection, groups) -> {
            Optional<Role> had = Optional.ofNullable(directRole(connection, groups, user));
            dropMemberships(connection, groups, user);
            return had;
        });
    }

    private interface MemberChange<T> {
        T apply(Connection connection, Groups groups) throws SQLException;
    }

    /** The checks both grant and revoke need, then {@code change} in one transaction (role grants are transactional). */
    private static <T> T changeMembers(Database database, String user, MemberChange<T> change) {
        requirePostgres(database);
        Groups groups = groups(database);
        return withConnection(database, connection -> {
            Role mine = current(connection, groups);
            String me = single(connection, "select current_user");
            if (mine != Role.OWNER) {
                throw new ExplainedException(UserText.of("problem.roles.notOwner", database.settings().database(), me,
                        UserText.of("role." + mine.word())));
            }
            if (groups.all().contains(user) || !exists(connection, user)) {
                throw new ExplainedException(UserText.of("problem.roles.noSuchUser", user,
                        database.settings().host() + ":" + database.settings().port()));
            }
            if (user.equals(tableOwner(connection))) {
                throw new ExplainedException(UserText.of("problem.roles.creator", user, database.settings().database()));
            }
            if (user.equals(me)) {
                throw new ExplainedException(UserText.of("problem.roles.yourself", me));
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = change.apply(connection, groups);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                if (e instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                    throw new ExplainedException(UserText.of("problem.roles.refused", database.settings().database(),
                            firstLine(sql.getMessage())), e);
                }
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        });
    }

    /**
     * Makes the three group roles where they are missing (needs CREATEROLE) and, as the tables' owner, gives them
     * their privileges. Safe to repeat: it also covers tables a later migration added.
     */
    private static void prepare(Connection connection, Groups groups) throws SQLException {
        List<String> missing = new ArrayList<>();
        for (String name : groups.all()) {
            if (!exists(connection, name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            if (!mayCreateRoles(connection)) {
                String me = single(connection, "select current_user");
                Map<String, String> names = groups.names();
                names.put("user", me);
                throw new ExplainedException(UserText.of("problem.roles.cannotCreate", me, String.join(", ", missing),
                        String.join("; ", RoleStatements.of("administrator", names)) + ";"));
            }
            for (String name : missing) {
                execute(connection, RoleStatements.of("create", Map.of("group", name)));
            }
        }
        if (!ownsTables(connection)) {
            return; // an owner by membership: the tables' owner set the privileges up when the groups were made
        }
        Map<String, String> names = groups.names();
        names.put("schema", single(connection, "select current_schema()"));
        execute(connection, RoleStatements.of("privileges", names));
    }

    private static void dropMemberships(Connection connection, Groups groups, String user) throws SQLException {
        for (String group : groups.all()) {
            if (isDirectMember(connection, user, group)) {
                execute(connection, RoleStatements.of("leave", Map.of("group", group, "user", user)));
            }
        }
    }

    private static Role directRole(Connection connection, Groups groups, String user) throws SQLException {
        Role highest = null;
        for (Role role : Role.values()) {
            if (highest == null && isDirectMember(connection, user, groups.of(role))) {
                highest = role;
            }
        }
        return highest;
    }

    private static Role current(Connection connection, Groups groups) throws SQLException {
        if (ownsTables(connection)) {
            return Role.OWNER;
        }
        for (Role role : Role.values()) {
            try (PreparedStatement query = connection.prepareStatement(
                    "select count(*) from pg_roles where rolname = ? and pg_has_role(current_user, oid, 'USAGE')")) {
                query.setString(1, groups.of(role));
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    if (row.getLong(1) > 0) {
                        return role;
                    }
                }
            }
        }
        // No group of this ledger's: what the server lets this user do decides (e.g. privileges granted by hand).
        return truth(connection, "select has_table_privilege('expense', 'INSERT')") ? Role.EDITOR : Role.VIEWER;
    }

    private static boolean ownsTables(Connection connection) throws SQLException {
        return truth(connection, "select (select rolsuper from pg_roles where rolname = current_user) "
                + "or pg_has_role(current_user, (select relowner from pg_class where oid = to_regclass('expense')), 'USAGE')");
    }

    private static String tableOwner(Connection connection) throws SQLException {
        return single(connection, "select pg_get_userbyid(relowner) from pg_class where oid = to_regclass('expense')");
    }

    private static boolean mayCreateRoles(Connection connection) throws SQLException {
        return truth(connection, "select rolcreaterole or rolsuper from pg_roles where rolname = current_user");
    }

    private static boolean exists(Connection connection, String role) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select count(*) from pg_roles where rolname = ?")) {
            query.setString(1, role);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }
    }

    private static boolean isDirectMember(Connection connection, String user, String group) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select count(*) from pg_auth_members a "
                + "join pg_roles g on g.oid = a.roleid join pg_roles m on m.oid = a.member where g.rolname = ? and m.rolname = ?")) {
            query.setString(1, group);
            query.setString(2, user);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }
    }

    /** The three group roles of one database. */
    private record Groups(String owner, String editor, String viewer) {
        List<String> all() {
            return List.of(owner, editor, viewer);
        }

        /** The placeholders of ledger-roles.sql, to add to. */
        Map<String, String> names() {
            return new HashMap<>(Map.of("owner", owner, "editor", editor, "viewer", viewer));
        }

        String of(Role role) {
            return switch (role) {
                case OWNER -> owner;
                case EDITOR -> editor;
                case VIEWER -> viewer;
            };
        }

        Role roleOf(String group) {
            return group.equals(owner) ? Role.OWNER : group.equals(editor) ? Role.EDITOR : Role.VIEWER;
        }
    }

    /** PostgreSQL cuts names at 63 bytes: a longer database name would give two groups the same name. */
    private static Groups groups(Database database) {
        String name = database.settings().database();
        if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 63 - "_editor".length()) {
            throw new ExplainedException(UserText.of("problem.roles.longName", name));
        }
        return new Groups(name + "_owner", name + "_editor", name + "_viewer");
    }

    private static void requirePostgres(Database database) {
        if (database.settings().kind() != DatabaseSettings.Kind.POSTGRESQL) {
            throw new ExplainedException(UserText.of("problem.roles.embedded"));
        }
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static boolean truth(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            return row.next() && row.getBoolean(1);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }

    private interface ConnectionWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private static <T> T withConnection(Database database, ConnectionWork<T> work) {
        try (Connection connection = database.dataSource().getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new ExplainedException(UserText.of("problem.roles.failed", database.displayName(), firstLine(e.getMessage())), e);
        }
    }
}
