package app.outlay.testing;

import app.outlay.data.DatabaseSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A data folder set to use a shared PostgreSQL ledger as one of its members: {@code settings.properties} names the
 * server, database and user, and the password is in a pgpass file of the test's own, as users keep it.
 * {@link #forget()} puts back the pgpass file the JVM used before.
 */
public final class PgMember {

    private static final String PGPASS_PROPERTY = "org.postgresql.pgpassfile";

    private final Path home;
    private final Path pgpass;
    private String previous;
    private boolean changed;

    /** @param pgpassFolder where the pgpass file goes (outside the data folder, or in it: tests choose) */
    public PgMember(Path home, Path pgpassFolder) {
        this.home = home;
        this.pgpass = pgpassFolder.resolve("pgpass");
    }

    /** The data folder uses the ledger as {@code who}, from now on. */
    public void useAs(DatabaseSettings who) throws IOException {
        Files.writeString(home.resolve("settings.properties"), "db.kind=postgresql\n"
                + "db.pg.host=" + who.host() + "\ndb.pg.port=" + who.port() + "\ndb.pg.database=" + who.database()
                + "\ndb.pg.user=" + who.user() + "\ndb.pg.sslmode=disable\n");
        Files.writeString(pgpass, String.join(":", who.host(), Integer.toString(who.port()), who.database(), who.user(),
                who.password() == null ? "" : who.password().replace("\\", "\\\\").replace(":", "\\:")) + "\n");
        String before = System.setProperty(PGPASS_PROPERTY, pgpass.toString());
        if (!changed) {
            previous = before;
            changed = true;
        }
    }

    public void forget() {
        if (!changed) {
            return;
        }
        if (previous == null) {
            System.clearProperty(PGPASS_PROPERTY);
        } else {
            System.setProperty(PGPASS_PROPERTY, previous);
        }
        changed = false;
    }
}
