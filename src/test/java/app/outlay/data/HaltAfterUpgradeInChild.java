package app.outlay.data;

import java.nio.file.Path;

/**
 * For {@link InterruptedUpgradeTest}: opens (and so upgrades) the H2 database {@code args[0]}, backups going to
 * {@code args[1]}, and halts the JVM — no shutdown hooks, no closing — the moment the schema is current, before
 * Hibernate starts: as a power cut, or a session the system ends while the window is still opening the ledger.
 */
public final class HaltAfterUpgradeInChild {

    private HaltAfterUpgradeInChild() {
    }

    public static void main(String[] args) {
        Database.open(DatabaseSettings.h2(Path.of(args[0])), Path.of(args[1]),
                pool -> Runtime.getRuntime().halt(UpgradeInChild.HALTED));
        System.out.println("opened without halting");
    }
}
