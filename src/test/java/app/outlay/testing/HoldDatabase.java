package app.outlay.testing;

import app.outlay.data.Database;
import app.outlay.data.DatabaseSettings;

import java.nio.file.Path;

/** A second Outlay, for tests: opens the H2 database at args[0], prints "open", and holds it until a line on stdin. */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (Database database = Database.open(DatabaseSettings.h2(Path.of(args[0])))) {
            System.out.println("open " + database.displayName());
            System.out.flush();
            System.in.read();
        }
        System.out.println("closed");
    }
}
