package app.outlay.testing;

import app.outlay.data.Database;
import app.outlay.data.DatabaseCopy;
import app.outlay.data.DatabaseSettings;

import java.nio.file.Path;

/** For the crash test: copies the H2 database at args[0] into the one at args[1], saying when it starts and ends. */
public final class CopyInChild {

    private CopyInChild() {
    }

    public static void main(String[] args) {
        try (Database source = Database.open(DatabaseSettings.h2(Path.of(args[0])));
             Database target = Database.open(DatabaseSettings.h2(Path.of(args[1])))) {
            System.out.println("copying");
            System.out.flush();
            DatabaseCopy.Contents copied = DatabaseCopy.copy(source, target, false);
            System.out.println("copied " + copied.expenses());
        }
    }
}
